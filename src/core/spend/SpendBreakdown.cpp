#include "SpendBreakdown.h"

#include "format/SpendAnomalyText.h"

#include <algorithm>
#include <numeric>

namespace {

qint64 spanTotal(const SpendTable::Row &row, int first, int count)
{
    qint64 sum = 0;
    for (int i = first; i < first + count; ++i)
        sum += row.amounts.value(i).value_or(0);
    return sum;
}

SpendBreakdown::Series seriesOf(const SpendTable &table, int row, int first, int count)
{
    SpendBreakdown::Series series{SpendAnomalyText::rowName(table.rows.at(row)), {}, row};
    for (int i = first; i < first + count; ++i)
        series.values.append(table.rows.at(row).amounts.value(i).value_or(0));
    return series;
}

} // namespace

QList<int> SpendBreakdown::byCost(const SpendTable &table, int first, int count)
{
    QList<int> order(table.rows.size());
    std::iota(order.begin(), order.end(), 0);
    QList<qint64> totals;
    for (const SpendTable::Row &row : table.rows)
        totals.append(spanTotal(row, first, count));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return totals.at(a) > totals.at(b); });
    return order;
}

QList<SpendBreakdown::Series> SpendBreakdown::top(const SpendTable &table, int first, int count)
{
    const QList<int> order = byCost(table, first, count);
    QList<Series> result = rows(table, order.mid(0, TopRows), first, count);
    if (order.size() > TopRows) {
        Series others{tr("Others"), QList<qint64>(count, 0), -1};
        for (int row : order.mid(TopRows)) {
            for (int i = 0; i < count; ++i)
                others.values[i] += table.rows.at(row).amounts.value(first + i).value_or(0);
        }
        result.append(others);
    }
    return result;
}

QList<SpendBreakdown::Series> SpendBreakdown::rows(const SpendTable &table, const QList<int> &rows, int first, int count)
{
    QList<Series> result;
    for (int row : rows)
        result.append(seriesOf(table, row, first, count));
    return result;
}
