#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxDatabase;

struct OrderRecord
{
    QString id;
    qint64 number = 0; // what people say on the phone: the operator's running order number
    QString organisationId;
    QString kind; // "invoice_repeat", "invoice_document", "call_details", "charges"
    QString idempotencyKey;
    QString sentTo;
    QDateTime orderedAt;
    QString details;
};

// Orders and requests are numbered from here, as an operator's ledger that has been running for years.
constexpr qint64 FirstRunningNumber = 100001;
// The running number of the row `id` of `table` (orders, callback_requests).
qint64 runningNumber(const SandboxDatabase &database, const QString &table, const QString &id);

// Every order the sandbox accepted, so tests can check that nothing was ordered twice.
class OrderLog
{
public:
    explicit OrderLog(SandboxDatabase &database);

    // A new order's id, for an e-mail that must carry it before the order is recorded.
    static QString newId();
    // Nothing when the order could not be stored.
    std::optional<OrderRecord> record(const QString &organisationId, const QString &kind,
                       const QString &idempotencyKey, const QString &sentTo,
                       const QDateTime &orderedAt, const QString &details);
    std::optional<OrderRecord> record(const QString &id, const QString &organisationId, const QString &kind,
                                      const QString &idempotencyKey, const QString &sentTo,
                                      const QDateTime &orderedAt, const QString &details);
    QJsonArray toJson() const;

private:
    SandboxDatabase &m_database;
};

} // namespace Sandbox
