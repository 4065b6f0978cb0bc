#include "ChargesReconciliation.h"

#include <QHash>

QList<ChargesReconciliation::Difference> ChargesReconciliation::compare(const Invoice &invoice,
                                                                       const CurrentCharges &seen)
{
    // Matched by the operator's subscriber id; the number keeps them together when an id is missing.
    const auto keyOf = [](const QString &id, const QString &number) { return id.isEmpty() ? number : id; };
    QHash<QString, qsizetype> seenIndex;
    for (qsizetype i = 0; i < seen.items.size(); ++i)
        seenIndex.insert(keyOf(seen.items.at(i).subscriberId, seen.items.at(i).number), i);
    QList<bool> matched(seen.items.size(), false);
    QList<Difference> differences;
    for (const InvoiceLine &line : invoice.lines) {
        Difference difference{line.subscriberId, line.number, line.label, std::nullopt, line.amount.minorUnits()};
        const auto it = seenIndex.constFind(keyOf(line.subscriberId, line.number));
        if (it != seenIndex.cend()) {
            matched[*it] = true;
            difference.seen = seen.items.at(*it).amount.minorUnits();
        }
        if (difference.difference() != 0 || !difference.seen)
            differences.append(difference);
    }
    for (qsizetype i = 0; i < seen.items.size(); ++i) {
        const SubscriberCharge &item = seen.items.at(i);
        if (!matched.at(i))
            differences.append({item.subscriberId, item.number, item.label, item.amount.minorUnits(), std::nullopt});
    }
    return differences;
}
