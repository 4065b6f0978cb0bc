#include "SpendAnomalies.h"

#include <algorithm>

namespace {

std::optional<qint64> usualMonth(const SpendTable::Row &row, int periodIndex)
{
    if (periodIndex < SpendAnomalies::UsualMonths)
        return std::nullopt;
    QList<qint64> before;
    for (int i = periodIndex - SpendAnomalies::UsualMonths; i < periodIndex; ++i) {
        if (!row.amounts.at(i))
            return std::nullopt;
        before.append(*row.amounts.at(i));
    }
    std::sort(before.begin(), before.end());
    const qsizetype middle = before.size() / 2;
    return before.size() % 2 ? before.at(middle) : (before.at(middle - 1) + before.at(middle)) / 2;
}

QList<SpendAnomaly> totals(const SpendTable &table, int periodIndex)
{
    QList<SpendAnomaly> found;
    const qint64 total = table.total(periodIndex);
    // A month that cost nothing gives no per cent to compare with.
    if (periodIndex >= 1 && table.hasInvoice(periodIndex - 1) && table.total(periodIndex - 1) > 0)
        found.append({SpendAnomaly::Kind::TotalAgainstPreviousMonth, -1, total, table.total(periodIndex - 1)});
    if (periodIndex >= 12 && table.hasInvoice(periodIndex - 12) && table.total(periodIndex - 12) > 0)
        found.append({SpendAnomaly::Kind::TotalAgainstYearAgo, -1, total, table.total(periodIndex - 12)});
    return found;
}

QList<SpendAnomaly> aboveUsual(const SpendTable &table, int periodIndex)
{
    QList<SpendAnomaly> found;
    for (int row = 0; row < table.rows.size(); ++row) {
        const std::optional<qint64> amount = table.rows.at(row).amounts.at(periodIndex);
        const std::optional<qint64> usual = usualMonth(table.rows.at(row), periodIndex);
        if (amount && usual && *usual > 0 && double(*amount) > SpendAnomalies::AboveUsualFactor * double(*usual))
            found.append({SpendAnomaly::Kind::AboveUsual, row, *amount, *usual});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const SpendAnomaly &a, const SpendAnomaly &b) { return a.ratio() > b.ratio(); });
    return found;
}

QList<SpendAnomaly> arrivedAndLeft(const SpendTable &table, int periodIndex)
{
    QList<SpendAnomaly> found;
    if (periodIndex < 1 || !table.hasInvoice(periodIndex) || !table.hasInvoice(periodIndex - 1))
        return found;
    for (int row = 0; row < table.rows.size(); ++row) {
        const std::optional<qint64> now = table.rows.at(row).amounts.at(periodIndex);
        const std::optional<qint64> before = table.rows.at(row).amounts.at(periodIndex - 1);
        if (now && !before)
            found.append({SpendAnomaly::Kind::NewSubscriber, row, *now, 0});
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const std::optional<qint64> now = table.rows.at(row).amounts.at(periodIndex);
        const std::optional<qint64> before = table.rows.at(row).amounts.at(periodIndex - 1);
        if (!now && before)
            found.append({SpendAnomaly::Kind::RemovedSubscriber, row, *before, 0});
    }
    return found;
}

} // namespace

QList<SpendAnomaly> SpendAnomalies::find(const SpendTable &table, int periodIndex)
{
    if (periodIndex < 0 || periodIndex >= table.periods.size() || !table.hasInvoice(periodIndex))
        return {};
    return totals(table, periodIndex) + aboveUsual(table, periodIndex) + arrivedAndLeft(table, periodIndex);
}

bool SpendAnomalies::hasSubscriberAnomaly(const SpendTable &table, int periodIndex)
{
    const QList<SpendAnomaly> found = find(table, periodIndex);
    return std::any_of(found.cbegin(), found.cend(), [](const SpendAnomaly &a) { return a.isAboutSubscriber(); });
}
