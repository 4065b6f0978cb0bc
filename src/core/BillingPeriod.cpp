#include "BillingPeriod.h"

BillingPeriod::BillingPeriod(int year, int month)
    : m_year(year)
    , m_month(month)
{
}

std::optional<BillingPeriod> BillingPeriod::fromString(QStringView text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > u'9')
            return std::nullopt;
    }
    const int year = text.left(4).toInt();
    const int month = text.mid(5, 2).toInt();
    const BillingPeriod period(year, month);
    if (!period.isValid())
        return std::nullopt;
    return period;
}

BillingPeriod BillingPeriod::containing(QDate date)
{
    return BillingPeriod(date.year(), date.month());
}

BillingPeriod BillingPeriod::addMonths(int months) const
{
    const int index = m_year * 12 + (m_month - 1) + months;
    return BillingPeriod(index / 12, index % 12 + 1);
}

QString BillingPeriod::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}
