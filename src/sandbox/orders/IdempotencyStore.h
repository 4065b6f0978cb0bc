#pragma once

#include "server/ApiReply.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Sandbox {

// Remembers the first successful answer to an Idempotency-Key for 24 hours (sandbox clock).
class IdempotencyStore
{
public:
    enum class Lookup { Fresh, Replay, Conflict };

    Lookup find(const QString &organisationId, const QByteArray &key,
                const QByteArray &requestFingerprint, const QDateTime &now, ApiReply *stored) const;
    void remember(const QString &organisationId, const QByteArray &key,
                  const QByteArray &requestFingerprint, const QDateTime &now, const ApiReply &reply);

private:
    struct Entry
    {
        QByteArray fingerprint;
        QDateTime storedAt;
        ApiReply reply;
    };

    QHash<QString, Entry> m_entries;
};

} // namespace Sandbox
