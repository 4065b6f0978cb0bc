#pragma once

#include "BillingPeriod.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

// The operator's invoicing rules in time: orders are refused while invoices are being formed
// (the 1st to the 3rd of each month in the operator's zone), and documents exist for the 2 previous months.
class BillingCalendar
{
public:
    static constexpr int LastBlackoutDay = 3;
    static constexpr int DownloadableMonths = 2;

    explicit BillingCalendar(const QTimeZone &operatorZone);

    QTimeZone operatorZone() const { return m_zone; }

    bool isOrderingOpen(const QDateTime &operatorNow) const;
    // The first moment ordering is possible again; invalid while ordering is open.
    QDateTime reopensAt(const QDateTime &operatorNow) const;

    BillingPeriod currentPeriod(const QDateTime &operatorNow) const;
    QList<BillingPeriod> downloadablePeriods(const QDateTime &operatorNow) const;

private:
    QDate operatorDate(const QDateTime &moment) const;

    QTimeZone m_zone;
};
