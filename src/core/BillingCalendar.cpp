#include "BillingCalendar.h"

BillingCalendar::BillingCalendar(const QTimeZone &operatorZone)
    : m_zone(operatorZone)
{
}

QDate BillingCalendar::operatorToday(const QDateTime &now) const
{
    return now.toTimeZone(m_zone).date();
}

BillingPeriod BillingCalendar::currentPeriod(const QDateTime &now) const
{
    return BillingPeriod::containing(operatorToday(now));
}

QDateTime BillingCalendar::startOfDay(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), m_zone);
}

bool BillingCalendar::isOrderingOpen(const QDateTime &now) const
{
    const int day = operatorToday(now).day();
    return day < FirstClosedDay || day > LastClosedDay;
}

QDateTime BillingCalendar::reopensAt(const QDateTime &now) const
{
    if (isOrderingOpen(now))
        return {};
    return startOfDay(currentOrNextClosure(now).lastDay.addDays(1));
}

QDateTime BillingCalendar::nextClosureAt(const QDateTime &now) const
{
    const QDate today = operatorToday(now);
    QDate first(today.year(), today.month(), FirstClosedDay);
    if (first <= today)
        first = first.addMonths(1);
    return startOfDay(first);
}

QDateTime BillingCalendar::nextChangeAt(const QDateTime &now) const
{
    return isOrderingOpen(now) ? nextClosureAt(now) : reopensAt(now);
}

BillingCalendar::Closure BillingCalendar::currentOrNextClosure(const QDateTime &now) const
{
    const QDate today = operatorToday(now);
    QDate first(today.year(), today.month(), FirstClosedDay);
    if (today.day() > LastClosedDay)
        first = first.addMonths(1);
    return {first, QDate(first.year(), first.month(), LastClosedDay)};
}

QList<BillingPeriod> BillingCalendar::downloadablePeriods(const QDateTime &now) const
{
    QList<BillingPeriod> periods;
    BillingPeriod period = currentPeriod(now);
    for (int i = 0; i < DownloadableMonths; ++i) {
        period = period.previous();
        periods.append(period);
    }
    return periods;
}

std::optional<BillingPeriod> BillingCalendar::newestFormedInvoice(const QDateTime &now) const
{
    if (!now.isValid() || !isOrderingOpen(now))
        return std::nullopt;
    return currentPeriod(now).previous();
}
