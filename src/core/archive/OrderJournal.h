#pragma once

#include "PlacedOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class DocumentArchive;

// The orders placed to e-mail, kept in the archive's database beside the documents they become: what the
// order pages and the archive show of an order's way (ordered → sent → received → filed), and how mail
// intake matches an e-mail to its order: by the operator's order id when the message carries one, otherwise
// the oldest open order of the same account, kind and period. The archive's thread only.
class OrderJournal : public QObject
{
    Q_OBJECT

public:
    explicit OrderJournal(DocumentArchive *archive, QObject *parent = nullptr);

    // Records a new order; the same order id again changes nothing.
    bool record(const PlacedOrder &order, QString *error);
    std::optional<PlacedOrder> find(const QString &orderId) const;
    std::optional<PlacedOrder> oldestOpen(const QString &accountId, ArchivedDocument::Kind kind,
                                          const BillingPeriod &period) const;
    // The order a document was filed for, when it came as the answer to one.
    std::optional<PlacedOrder> forDocument(qint64 documentId) const;
    // Whether the account waits for any e-mailed document: intake then looks more often.
    bool hasOpenOrders(const QString &accountId) const;
    // The operator's e-mail for the order was read (sentAt: its Date) and its document filed as documentId.
    bool markFiled(const QString &orderId, const QDateTime &sentAt, const QDateTime &receivedAt,
                   const QDateTime &filedAt, qint64 documentId, QString *error);

signals:
    void recorded(const QString &orderId); // a new order: its answer is awaited
    void changed(const QString &orderId);  // recorded, or come further

private:
    std::optional<PlacedOrder> findWhere(const QString &condition, const QVariantList &values) const;

    DocumentArchive *m_archive;
};
