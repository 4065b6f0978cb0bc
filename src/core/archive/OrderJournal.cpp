#include "OrderJournal.h"

#include "DocumentArchive.h"
#include "storage/StoredValues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectOrders = QStringLiteral(
    "SELECT order_id, order_number, account_id, kind, period, subscriber_number, invoice_number, amount_minor, "
    "currency, sent_to, ordered_at, mailed_at, received_at, filed_at, document_id FROM orders");

using StoredValues::optionalTime;
using StoredValues::text;
using StoredValues::timeFrom;
using StoredValues::timeText;

PlacedOrder orderFrom(const QSqlQuery &query)
{
    PlacedOrder order;
    order.orderId = query.value(0).toString();
    order.orderNumber = query.value(1).toLongLong();
    order.accountId = query.value(2).toString();
    order.kind = ArchivedDocument::kindFromKey(query.value(3).toString());
    order.period = BillingPeriod::fromString(query.value(4).toString()).value_or(BillingPeriod());
    order.subscriberNumber = query.value(5).toString();
    order.invoiceNumber = query.value(6).toString();
    if (!query.value(7).isNull())
        order.amount = Money(query.value(7).toLongLong(), query.value(8).toString());
    order.sentTo = query.value(9).toString();
    order.orderedAt = timeFrom(query.value(10));
    order.sentAt = timeFrom(query.value(11));
    order.receivedAt = timeFrom(query.value(12));
    order.filedAt = timeFrom(query.value(13));
    order.documentId = query.value(14).toLongLong();
    return order;
}

} // namespace

OrderJournal::OrderJournal(DocumentArchive *archive, QObject *parent)
    : QObject(parent)
    , m_archive(archive)
{
}

bool OrderJournal::record(const PlacedOrder &order, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_archive->connectionName()));
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO orders (order_id, order_number, account_id, kind, period, subscriber_number, "
        "invoice_number, amount_minor, currency, sent_to, ordered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {text(order.orderId), QVariant(order.orderNumber), text(order.accountId),
          text(ArchivedDocument::keyOf(order.kind)), text(order.period.toString()), text(order.subscriberNumber),
          text(order.invoiceNumber), order.amount ? QVariant(order.amount->minorUnits()) : QVariant(),
          text(order.amount ? order.amount->currency() : QString()), text(order.sentTo),
          QVariant(timeText(order.orderedAt))})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0) {
        emit recorded(order.orderId);
        emit changed(order.orderId);
    }
    return true;
}

std::optional<PlacedOrder> OrderJournal::findWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_archive->connectionName()));
    query.prepare(selectOrders + QStringLiteral(" WHERE ") + condition);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return orderFrom(query);
    return std::nullopt;
}

std::optional<PlacedOrder> OrderJournal::find(const QString &orderId) const
{
    if (orderId.isEmpty())
        return std::nullopt;
    return findWhere(QStringLiteral("order_id = ?"), {orderId});
}

std::optional<PlacedOrder> OrderJournal::oldestOpen(const QString &accountId, ArchivedDocument::Kind kind,
                                                    const BillingPeriod &period) const
{
    return findWhere(QStringLiteral("account_id = ? AND kind = ? AND period = ? AND filed_at IS NULL "
                                    "ORDER BY ordered_at LIMIT 1"),
                     {accountId, ArchivedDocument::keyOf(kind), period.toString()});
}

std::optional<PlacedOrder> OrderJournal::forDocument(qint64 documentId) const
{
    if (documentId <= 0)
        return std::nullopt;
    return findWhere(QStringLiteral("document_id = ? ORDER BY ordered_at LIMIT 1"), {documentId});
}

bool OrderJournal::hasOpenOrders(const QString &accountId) const
{
    return findWhere(QStringLiteral("account_id = ? AND filed_at IS NULL LIMIT 1"), {accountId}).has_value();
}

bool OrderJournal::markFiled(const QString &orderId, const QDateTime &sentAt, const QDateTime &receivedAt,
                             const QDateTime &filedAt, qint64 documentId, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_archive->connectionName()));
    query.prepare(QStringLiteral("UPDATE orders SET mailed_at = ?, received_at = ?, filed_at = ?, document_id = ? "
                                 "WHERE order_id = ? AND filed_at IS NULL"));
    for (const QVariant &value : {optionalTime(sentAt), optionalTime(receivedAt), optionalTime(filedAt),
                                  QVariant(documentId), QVariant(orderId)})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0)
        emit changed(orderId);
    return true;
}
