#include "orders/OrderLog.h"

#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

qint64 runningNumber(const SandboxDatabase &database, const QString &table, const QString &id)
{
    QSqlQuery query = database.run(u"SELECT rowid FROM %1 WHERE id = ?"_s.arg(table), {id});
    return query.next() ? FirstRunningNumber + query.value(0).toLongLong() - 1 : 0;
}

OrderLog::OrderLog(SandboxDatabase &database)
    : m_database(database)
{
}

QString OrderLog::newId()
{
    return u"ord-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

std::optional<OrderRecord> OrderLog::record(const QString &organisationId, const QString &kind,
                             const QString &idempotencyKey, const QString &sentTo,
                             const QDateTime &orderedAt, const QString &details)
{
    return record(newId(), organisationId, kind, idempotencyKey, sentTo, orderedAt, details);
}

std::optional<OrderRecord> OrderLog::record(const QString &id, const QString &organisationId, const QString &kind,
                                            const QString &idempotencyKey, const QString &sentTo,
                                            const QDateTime &orderedAt, const QString &details)
{
    OrderRecord order{id, 0, organisationId, kind, idempotencyKey, sentTo, orderedAt, details};
    const bool stored = m_database.write(u"INSERT INTO orders (id, organisation_id, kind, idempotency_key, sent_to,"
                   " ordered_at, details) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {order.id, organisationId, kind,
                    idempotencyKey.isEmpty() ? QVariant() : QVariant(idempotencyKey),
                    sentTo.isEmpty() ? QVariant() : QVariant(sentTo),
                    SandboxClock::toRfc3339(orderedAt), details});
    if (!stored)
        return std::nullopt;
    order.number = runningNumber(m_database, u"orders"_s, order.id);
    return order;
}

QJsonArray OrderLog::toJson() const
{
    QJsonArray items;
    QSqlQuery query = m_database.run(
        u"SELECT id, organisation_id, kind, idempotency_key, sent_to, ordered_at, details, rowid"
        " FROM orders ORDER BY ordered_at, rowid"_s);
    while (query.next()) {
        const auto nullable = [&](int column) {
            return query.isNull(column) ? QJsonValue() : QJsonValue(query.value(column).toString());
        };
        items.append(QJsonObject{
            {u"id"_s, query.value(0).toString()},
            {u"number"_s, FirstRunningNumber + query.value(7).toLongLong() - 1},
            {u"organisation_id"_s, query.value(1).toString()},
            {u"kind"_s, query.value(2).toString()},
            {u"idempotency_key"_s, nullable(3)},
            {u"sent_to"_s, nullable(4)},
            {u"ordered_at"_s, query.value(5).toString()},
            {u"details"_s, query.value(6).toString()},
        });
    }
    return items;
}

} // namespace Sandbox
