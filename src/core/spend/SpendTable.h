#pragma once

#include "BillingPeriod.h"
#include "domain/CurrentCharges.h"

#include <QList>
#include <QString>

#include <optional>

// Spend history as a grid: who (a SIP subscriber, or a whole organisation) spent how much in each month, from
// the kept regular invoices. Amounts are minor units; a month with no line for a row is empty, not zero, so
// that a subscriber who was not there yet is told apart from one who spent nothing.
struct SpendTable
{
    struct Row
    {
        QString accountId;
        QString organisation;
        QString subscriberId; // empty in a row per organisation
        QString number;
        QString label;
        QList<std::optional<qint64>> amounts; // one per period
    };

    QList<BillingPeriod> periods; // oldest first, with no gaps
    QList<Row> rows;
    QString currency;

    int periodIndex(const BillingPeriod &period) const { return int(periods.indexOf(period)); }
    qint64 total(int periodIndex) const;
    // Whether any kept invoice covers the period (a month with no invoice has no total at all).
    bool hasInvoice(int periodIndex) const;
    qint64 rowTotal(int row) const;
    // One month more after the last: the charges so far of the current period (an account's rows only).
    void appendCharges(const QString &accountId, const QString &organisation, const CurrentCharges &charges);
};
