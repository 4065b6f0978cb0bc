#include "OrderQueue.h"

#include "archive/DocumentArchive.h"
#include "storage/StoredValues.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString selectQueued = QStringLiteral(
    "SELECT id, account_id, organisation, kind, period, details, idempotency_key, queued_at, send_at, state, result, "
    "finished_at FROM queued_orders");

using StoredValues::text;
using StoredValues::timeFrom;
using StoredValues::timeText;

QueuedOrder orderFrom(const QSqlQuery &query)
{
    QueuedOrder order;
    order.id = query.value(0).toLongLong();
    order.accountId = query.value(1).toString();
    order.organisation = query.value(2).toString();
    order.kind = QueuedOrder::kindFromKey(query.value(3).toString()).value_or(QueuedOrder::Kind::InvoiceRepeat);
    order.period = BillingPeriod::fromString(query.value(4).toString()).value_or(BillingPeriod());
    order.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    order.idempotencyKey = query.value(6).toString();
    order.queuedAt = timeFrom(query.value(7));
    order.sendAt = timeFrom(query.value(8));
    order.state = QueuedOrder::stateFromKey(query.value(9).toString());
    order.result = query.value(10).toString();
    order.finishedAt = timeFrom(query.value(11));
    return order;
}

} // namespace

QString QueuedOrder::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::InvoiceRepeat:
        return QStringLiteral("invoice_repeat");
    case Kind::CallDetails:
        return QStringLiteral("call_details");
    case Kind::CurrentCharges:
        return QStringLiteral("current_charges");
    case Kind::MonthClose:
        return QStringLiteral("month_close");
    }
    return {};
}

std::optional<QueuedOrder::Kind> QueuedOrder::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::InvoiceRepeat, Kind::CallDetails, Kind::CurrentCharges, Kind::MonthClose}) {
        if (keyOf(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString QueuedOrder::keyOf(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QueuedOrder::State QueuedOrder::stateFromKey(const QString &key)
{
    for (State state : {State::Queued, State::Sending, State::Sent, State::Failed, State::Cancelled}) {
        if (keyOf(state) == key)
            return state;
    }
    return State::Failed;
}

OrderQueue::OrderQueue(DocumentArchive *archive, QObject *parent)
    : QObject(parent)
    , m_archive(archive)
{
}

std::optional<qint64> OrderQueue::add(QueuedOrder order, QString *error)
{
    order.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(QSqlDatabase::database(m_archive->connectionName()));
    query.prepare(QStringLiteral("INSERT INTO queued_orders (account_id, organisation, kind, period, details, "
                                 "idempotency_key, queued_at, send_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {text(order.accountId), text(order.organisation), QVariant(QueuedOrder::keyOf(order.kind)),
          QVariant(order.period.toString()),
          QVariant(QString::fromUtf8(QJsonDocument(order.details).toJson(QJsonDocument::Compact))),
          QVariant(order.idempotencyKey), QVariant(timeText(order.queuedAt)), QVariant(timeText(order.sendAt)),
          QVariant(QueuedOrder::keyOf(QueuedOrder::State::Queued))})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    emit changed();
    return query.lastInsertId().toLongLong();
}

QList<QueuedOrder> OrderQueue::select(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_archive->connectionName()));
    query.prepare(selectQueued + QStringLiteral(" WHERE ") + condition);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<QueuedOrder> orders;
    if (query.exec()) {
        while (query.next())
            orders.append(orderFrom(query));
    }
    return orders;
}

std::optional<QueuedOrder> OrderQueue::find(qint64 id) const
{
    const QList<QueuedOrder> found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<QueuedOrder> OrderQueue::pending() const
{
    return select(QStringLiteral("state IN ('queued', 'sending') ORDER BY send_at, id"), {});
}

QList<QueuedOrder> OrderQueue::since(const QDateTime &finishedAfter) const
{
    return select(QStringLiteral("state IN ('queued', 'sending') OR finished_at > ? ORDER BY id"),
                  {timeText(finishedAfter)});
}

bool OrderQueue::update(const QString &assignments, const QString &condition, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_archive->connectionName()));
    query.prepare(QStringLiteral("UPDATE queued_orders SET ") + assignments + QStringLiteral(" WHERE ") + condition);
    for (const QVariant &value : values)
        query.addBindValue(value);
    const bool changedRow = query.exec() && query.numRowsAffected() == 1;
    if (changedRow)
        emit changed();
    return changedRow;
}

bool OrderQueue::claim(qint64 id, bool reclaim)
{
    return update(QStringLiteral("state = 'sending'"),
                  reclaim ? QStringLiteral("id = ? AND state IN ('queued', 'sending')")
                          : QStringLiteral("id = ? AND state = 'queued'"),
                  {id});
}

bool OrderQueue::postpone(qint64 id, const QDateTime &sendAt)
{
    return update(QStringLiteral("state = 'queued', send_at = ?"), QStringLiteral("id = ? AND state = 'sending'"),
                  {timeText(sendAt), id});
}

bool OrderQueue::finish(qint64 id, QueuedOrder::State state, const QString &result)
{
    return update(QStringLiteral("state = ?, result = ?, finished_at = ?"),
                  QStringLiteral("id = ? AND state IN ('queued', 'sending')"),
                  {QueuedOrder::keyOf(state), text(result), timeText(QDateTime::currentDateTimeUtc()), id});
}

bool OrderQueue::cancel(qint64 id)
{
    return update(QStringLiteral("state = 'cancelled', finished_at = ?"), QStringLiteral("id = ? AND state = 'queued'"),
                  {timeText(QDateTime::currentDateTimeUtc()), id});
}
