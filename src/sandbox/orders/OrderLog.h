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
    QString organisationId;
    QString kind; // "invoice_repeat", "invoice_document", "call_details", "charges"
    QString idempotencyKey;
    QString sentTo;
    QDateTime orderedAt;
    QString details;
};

// Every order the sandbox accepted, so tests can check that nothing was ordered twice.
class OrderLog
{
public:
    explicit OrderLog(SandboxDatabase &database);

    // Nothing when the order could not be stored.
    std::optional<OrderRecord> record(const QString &organisationId, const QString &kind,
                       const QString &idempotencyKey, const QString &sentTo,
                       const QDateTime &orderedAt, const QString &details);
    QJsonArray toJson() const;

private:
    SandboxDatabase &m_database;
};

} // namespace Sandbox
