#pragma once

#include "ArchivedDocument.h"
#include "BillingPeriod.h"
#include "domain/Money.h"
#include "domain/OrderReceipt.h"

#include <QDateTime>
#include <QString>

#include <optional>

// An order the operator answers by e-mail, and how far it has come: ordered, sent by the operator, received
// by mail intake, filed in the archive. Each stage has its time; a later stage has all the earlier ones.
struct PlacedOrder
{
    enum class Stage { Ordered, Sent, Received, Filed };

    QString orderId;        // the operator's key, for matching its e-mail; never shown
    qint64 orderNumber = 0; // the number the customer quotes
    QString accountId;
    ArchivedDocument::Kind kind = ArchivedDocument::Kind::Invoice;
    BillingPeriod period;
    QString subscriberNumber;
    QString invoiceNumber;       // for an invoice repeat
    std::optional<Money> amount; // for an invoice repeat, when the page knew it
    QString sentTo;
    QDateTime orderedAt;
    QDateTime sentAt;     // the operator's e-mail's Date
    QDateTime receivedAt; // when mail intake read it
    QDateTime filedAt;
    qint64 documentId = 0;

    // The order the operator acknowledged; `period` is the month ordered, for a receipt that does not name one.
    static PlacedOrder from(const OrderReceipt &receipt, const QString &accountId, ArchivedDocument::Kind kind,
                            const BillingPeriod &period)
    {
        PlacedOrder order;
        order.orderId = receipt.orderId;
        order.orderNumber = receipt.orderNumber;
        order.accountId = accountId;
        order.kind = kind;
        order.period = receipt.period.value_or(period);
        order.sentTo = receipt.sentTo;
        order.orderedAt = receipt.orderedAt;
        return order;
    }

    Stage stage() const
    {
        if (filedAt.isValid())
            return Stage::Filed;
        if (receivedAt.isValid())
            return Stage::Received;
        return sentAt.isValid() ? Stage::Sent : Stage::Ordered;
    }
};
