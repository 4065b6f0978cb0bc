#pragma once

#include "domain/CurrentCharges.h"
#include "domain/Invoice.h"

#include <QList>
#include <QString>

#include <optional>

// A regular invoice against the last current-period charges the app saw for the same month, per SIP
// subscriber: what was charged after the app last looked, or what the invoice changed.
namespace ChargesReconciliation {

struct Difference
{
    QString subscriberId;
    QString number;
    QString label;
    std::optional<qint64> seen;     // minor units; none when the subscriber was not in the charges seen
    std::optional<qint64> invoiced; // none when the subscriber is not on the invoice
    qint64 difference() const { return invoiced.value_or(0) - seen.value_or(0); }
};

// Only the subscribers whose sums differ, in the invoice's order, then those only in the charges seen.
QList<Difference> compare(const Invoice &invoice, const CurrentCharges &seen);

} // namespace ChargesReconciliation
