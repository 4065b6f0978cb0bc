#pragma once

#include "domain/DeliveryChange.h"
#include "domain/DeliveryTarget.h"

#include <QDateTime>
#include <QList>

#include <optional>

struct Invoice;

// The manual's rule for where a regular invoice goes: "при неоднократном изменении адреса в течение месяца
// регулярный счёт будет направлен на адрес, указанный на момент формирования счёта". A change counts from
// the moment it took effect; of two changes at the same moment the later one stands.
class RegularInvoiceDelivery
{
public:
    // The history as the operator lists it: newest first.
    explicit RegularInvoiceDelivery(QList<DeliveryChange> history);

    // The setting in force at an instant; none before the first change.
    std::optional<DeliveryTarget> inForceAt(const QDateTime &instant) const;
    // Where a formed regular invoice went: the setting in force when it was formed.
    std::optional<DeliveryTarget> wentTo(const Invoice &invoice) const;
    // Where the next regular invoice goes if nothing changes before it is formed: the setting in force now.
    std::optional<DeliveryTarget> willGoTo(const QDateTime &now) const { return inForceAt(now); }

private:
    QList<DeliveryChange> m_history;
};
