#pragma once

#include "BillingPeriod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// An order asked for while ordering was closed (the 1st to the 3rd), waiting on disk for the operator's window
// to open. It keeps the Idempotency-Key it goes out with: sent again after a stop, it is the same order.
struct QueuedOrder
{
    enum class Kind {
        InvoiceRepeat,  // the regular invoice again, to the account's e-mail
        CallDetails,    // details: {"month": "current"|"previous", "subscriber_id": id|null, "format": "pdf"|"csv"}
        CurrentCharges, // details: {"subscriber_ids": [...]}
        MonthClose,     // many accounts; details: {"accounts": [...], "kinds": [...], "folder": ..., "format": ...}
    };
    enum class State { Queued, Sending, Sent, Failed, Cancelled };

    qint64 id = 0;
    QString accountId; // the account it is sent for; for a month close, empty
    QString organisation;
    Kind kind = Kind::InvoiceRepeat;
    BillingPeriod period;
    QJsonObject details;
    QString idempotencyKey;
    QDateTime queuedAt;
    QDateTime sendAt; // when the operator's window opens, an instant (shown in the operator's time)
    State state = State::Queued;
    QString result;   // the order number, or why it failed, for the user
    QDateTime finishedAt;

    bool isPending() const { return state == State::Queued || state == State::Sending; }

    static QString keyOf(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString keyOf(State state);
    static State stateFromKey(const QString &key);
};
