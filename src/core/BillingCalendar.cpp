#include "BillingCalendar.h"

BillingCalendar::BillingCalendar(const QTimeZone &operatorZone)
    : m_zone(operatorZone)
{
}

QDate BillingCalendar::operatorDate(const QDateTime &moment) const
{
    return moment.toTimeZone(m_zone).date();
}

bool BillingCalendar::isOrderingOpen(const QDateTime &operatorNow) const
{
    return operatorDate(operatorNow).day() > LastBlackoutDay;
}

QDateTime BillingCalendar::reopensAt(const QDateTime &operatorNow) const
{
    if (isOrderingOpen(operatorNow))
        return {};
    const QDate today = operatorDate(operatorNow);
    const QDate reopeningDay(today.year(), today.month(), LastBlackoutDay + 1);
    return QDateTime(reopeningDay, QTime(0, 0), m_zone);
}

BillingPeriod BillingCalendar::currentPeriod(const QDateTime &operatorNow) const
{
    return BillingPeriod::containing(operatorDate(operatorNow));
}

QList<BillingPeriod> BillingCalendar::downloadablePeriods(const QDateTime &operatorNow) const
{
    QList<BillingPeriod> periods;
    BillingPeriod period = currentPeriod(operatorNow);
    for (int i = 0; i < DownloadableMonths; ++i) {
        period = period.previous();
        periods.append(period);
    }
    return periods;
}
