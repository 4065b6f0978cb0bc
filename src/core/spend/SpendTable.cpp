#include "SpendTable.h"

#include <algorithm>

qint64 SpendTable::total(int periodIndex) const
{
    qint64 sum = 0;
    for (const Row &row : rows)
        sum += row.amounts.value(periodIndex).value_or(0);
    return sum;
}

bool SpendTable::hasInvoice(int periodIndex) const
{
    for (const Row &row : rows) {
        if (row.amounts.value(periodIndex).has_value())
            return true;
    }
    return false;
}

qint64 SpendTable::rowTotal(int row) const
{
    qint64 sum = 0;
    for (const std::optional<qint64> &amount : rows.at(row).amounts)
        sum += amount.value_or(0);
    return sum;
}

void SpendTable::appendCharges(const QString &accountId, const QString &organisation, const CurrentCharges &charges)
{
    periods.append(charges.period);
    for (Row &row : rows)
        row.amounts.append(std::nullopt);
    for (const SubscriberCharge &item : charges.items) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const Row &row) {
            return row.accountId == accountId && row.subscriberId == item.subscriberId;
        });
        if (it == rows.end()) {
            Row row{accountId, organisation, item.subscriberId, item.number, item.label, {}};
            row.amounts.resize(periods.size());
            rows.append(row);
            it = rows.end() - 1;
        }
        it->amounts.last() = item.amount.minorUnits();
        if (currency.isEmpty())
            currency = item.amount.currency();
    }
}
