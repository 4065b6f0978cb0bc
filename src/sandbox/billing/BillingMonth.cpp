#include "billing/BillingMonth.h"

#include "server/SandboxClock.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

BillingMonth::BillingMonth(int year, int month)
    : m_year(year), m_month(month)
{
}

std::optional<BillingMonth> BillingMonth::parse(const QString &text)
{
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const BillingMonth month(match.captured(1).toInt(), match.captured(2).toInt());
    if (!month.isValid() || month.year() < 2000)
        return std::nullopt;
    return month;
}

BillingMonth BillingMonth::containing(const QDateTime &instant)
{
    const QDate local = instant.toTimeZone(SandboxClock::billingZone()).date();
    return BillingMonth(local.year(), local.month());
}

BillingMonth BillingMonth::addMonths(int count) const
{
    const QDate shifted = firstDay().addMonths(count);
    return BillingMonth(shifted.year(), shifted.month());
}

QString BillingMonth::toString() const
{
    return u"%1-%2"_s.arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

QDateTime BillingMonth::invoiceFormedAt() const
{
    return QDateTime(addMonths(1).firstDay(), QTime(3, 0), SandboxClock::billingZone()).toUTC();
}

} // namespace Sandbox
