#pragma once

#include "BillingPeriod.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The operator's acknowledgement of an order sent by e-mail (invoice repeat, call details, charges).
struct OrderReceipt
{
    QString orderId;
    QString sentTo;
    QDateTime orderedAt;
    std::optional<BillingPeriod> period; // only for the repeat of a regular invoice
};
