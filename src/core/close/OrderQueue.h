#pragma once

#include "close/QueuedOrder.h"

#include <QList>
#include <QObject>

#include <optional>

class DocumentArchive;

// The queued orders, kept in the archive's database so that neither a stop nor a crash loses one. Only one
// sender can take an order out of the queue (claim() is one conditional UPDATE), so two starts meeting the
// same order never send it twice. The archive's thread only.
class OrderQueue : public QObject
{
    Q_OBJECT

public:
    explicit OrderQueue(DocumentArchive *archive, QObject *parent = nullptr);

    // Keeps the order with a new Idempotency-Key; its id, or nothing (with the reason).
    std::optional<qint64> add(QueuedOrder order, QString *error);
    std::optional<QueuedOrder> find(qint64 id) const;
    // Queued and being sent, the soonest first.
    QList<QueuedOrder> pending() const;
    // The pending ones and those finished after this moment, newest last: what the user is shown.
    QList<QueuedOrder> since(const QDateTime &finishedAfter) const;

    // Queued → Sending; false when another sender has it already, or it was cancelled. A Sending order found
    // at start (the app stopped while sending) is claimed again with reclaim = true: it goes with the same key.
    bool claim(qint64 id, bool reclaim = false);
    // Back to the queue, to go at this moment (the operator said its window is still closed).
    bool postpone(qint64 id, const QDateTime &sendAt);
    bool finish(qint64 id, QueuedOrder::State state, const QString &result);
    // Only while it waits: one being sent can no longer be stopped.
    bool cancel(qint64 id);

signals:
    void changed();

private:
    QList<QueuedOrder> select(const QString &condition, const QVariantList &values) const;
    bool update(const QString &assignments, const QString &condition, const QVariantList &values);

    DocumentArchive *m_archive;
};
