#pragma once

#include <QtGlobal>

// One thing worth explaining about a month's spend. Amounts are minor units; row is the SpendTable row the
// anomaly is about (-1 for the month's total).
struct SpendAnomaly
{
    enum class Kind {
        TotalAgainstPreviousMonth, // reference: the previous month's total
        TotalAgainstYearAgo,       // reference: the same month's total a year earlier
        AboveUsual,                // reference: the median of the subscriber's three months before
        NewSubscriber,             // on this invoice, not on the previous one
        RemovedSubscriber,         // on the previous invoice, not on this one (amount: what it cost then)
    };

    Kind kind = Kind::TotalAgainstPreviousMonth;
    int row = -1;
    qint64 amount = 0;
    qint64 reference = 0;

    // amount / reference, or 0 when there is nothing to compare with.
    double ratio() const { return reference > 0 ? double(amount) / double(reference) : 0.0; }
    bool isAboutSubscriber() const { return row >= 0; }
};
