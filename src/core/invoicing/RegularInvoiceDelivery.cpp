#include "RegularInvoiceDelivery.h"

#include "domain/Invoice.h"

RegularInvoiceDelivery::RegularInvoiceDelivery(QList<DeliveryChange> history)
    : m_history(std::move(history))
{
}

std::optional<DeliveryTarget> RegularInvoiceDelivery::inForceAt(const QDateTime &instant) const
{
    const DeliveryChange *inForce = nullptr;
    for (const DeliveryChange &change : m_history) {
        if (!change.effectiveAt.isValid() || change.effectiveAt > instant)
            continue;
        // Newest first: on a tie, the one listed earlier is the later change and keeps its place.
        if (!inForce || change.effectiveAt > inForce->effectiveAt)
            inForce = &change;
    }
    if (!inForce)
        return std::nullopt;
    return DeliveryTarget{inForce->method, inForce->address};
}

std::optional<DeliveryTarget> RegularInvoiceDelivery::wentTo(const Invoice &invoice) const
{
    if (!invoice.formedAt.isValid())
        return std::nullopt;
    return inForceAt(invoice.formedAt);
}
