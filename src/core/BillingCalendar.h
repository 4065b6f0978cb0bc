#pragma once

#include "BillingPeriod.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

// The operator's invoicing calendar, the one place that answers every question about it: orders are
// refused while invoices are being formed (the 1st to the 3rd of each month, in the operator's zone), the
// regular invoice of a month is formed by the 4th of the next, and documents exist for the 2 previous
// months. Every answer is for a given moment, so that tests name the moment and the app passes
// OperatorTime::now().
class BillingCalendar
{
public:
    static constexpr int FirstClosedDay = 1;
    static constexpr int LastClosedDay = 3;
    static constexpr int DownloadableMonths = 2;

    // The days on which ordering is closed, in the operator's calendar.
    struct Closure
    {
        QDate firstDay;
        QDate lastDay;
    };

    explicit BillingCalendar(const QTimeZone &operatorZone);

    QTimeZone operatorZone() const { return m_zone; }

    QDate operatorToday(const QDateTime &now) const;
    BillingPeriod currentPeriod(const QDateTime &now) const;

    bool isOrderingOpen(const QDateTime &now) const;
    // The first moment ordering is possible again; invalid while ordering is open.
    QDateTime reopensAt(const QDateTime &now) const;
    // The first moment of the next closure that has not begun yet.
    QDateTime nextClosureAt(const QDateTime &now) const;
    // When isOrderingOpen() next changes its answer.
    QDateTime nextChangeAt(const QDateTime &now) const;
    // The closure going on now, or else the next one.
    Closure currentOrNextClosure(const QDateTime &now) const;

    QList<BillingPeriod> downloadablePeriods(const QDateTime &now) const;
    // The newest month whose regular invoice is formed and may be fetched now; none during a closure.
    std::optional<BillingPeriod> newestFormedInvoice(const QDateTime &now) const;

private:
    QDateTime startOfDay(const QDate &day) const;

    QTimeZone m_zone;
};
