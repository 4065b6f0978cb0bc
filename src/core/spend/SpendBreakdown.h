#pragma once

#include "SpendTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// How a span of months is split for the chart and its table: the rows that cost the most over the span, each
// on its own, and the rest summed as "others", so that the picture stays readable with fifty subscribers.
class SpendBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(SpendBreakdown)

public:
    static constexpr int TopRows = 8;

    struct Series
    {
        QString name;
        QList<qint64> values; // one per month of the span, minor units
        int row = -1;         // the table's row; -1 for "others"
    };

    // The TopRows costliest rows over months [first, first + count), costliest first, then "others" when
    // anything is left over.
    static QList<Series> top(const SpendTable &table, int first, int count);
    // The chosen rows alone, in the order given (for trend lines).
    static QList<Series> rows(const SpendTable &table, const QList<int> &rows, int first, int count);
    // The rows by what they cost over the span, costliest first.
    static QList<int> byCost(const SpendTable &table, int first, int count);
};
