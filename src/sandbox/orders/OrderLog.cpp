#include "orders/OrderLog.h"

#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

OrderLog::OrderLog(SandboxDatabase &database)
    : m_database(database)
{
}

std::optional<OrderRecord> OrderLog::record(const QString &organisationId, const QString &kind,
                             const QString &idempotencyKey, const QString &sentTo,
                             const QDateTime &orderedAt, const QString &details)
{
    OrderRecord order{u"ord-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16),
                      organisationId, kind, idempotencyKey, sentTo, orderedAt, details};
    const bool stored = m_database.write(u"INSERT INTO orders (id, organisation_id, kind, idempotency_key, sent_to,"
                   " ordered_at, details) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {order.id, organisationId, kind,
                    idempotencyKey.isEmpty() ? QVariant() : QVariant(idempotencyKey),
                    sentTo.isEmpty() ? QVariant() : QVariant(sentTo),
                    SandboxClock::toRfc3339(orderedAt), details});
    if (!stored)
        return std::nullopt;
    return order;
}

QJsonArray OrderLog::toJson() const
{
    QJsonArray items;
    QSqlQuery query = m_database.run(
        u"SELECT id, organisation_id, kind, idempotency_key, sent_to, ordered_at, details"
        " FROM orders ORDER BY ordered_at, rowid"_s);
    while (query.next()) {
        const auto nullable = [&](int column) {
            return query.isNull(column) ? QJsonValue() : QJsonValue(query.value(column).toString());
        };
        items.append(QJsonObject{
            {u"id"_s, query.value(0).toString()},
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
