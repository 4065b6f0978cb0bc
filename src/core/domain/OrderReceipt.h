#pragma once

#include "BillingPeriod.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The operator's acknowledgement of an order sent by e-mail (invoice repeat, call details, charges).
struct OrderReceipt
{
    QString orderId;     // the operator's key for the order, for matching; never shown
    qint64 orderNumber = 0; // the number the customer quotes to the operator
    QString sentTo;
    QDateTime orderedAt;
    std::optional<BillingPeriod> period; // the month of the document ordered: how its e-mail is matched
};
