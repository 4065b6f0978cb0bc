#include "orders/IdempotencyStore.h"

namespace Sandbox {

namespace {
constexpr int lifetimeSeconds = 24 * 3600;

QString entryKey(const QString &organisationId, const QByteArray &key)
{
    return organisationId + QLatin1Char('\n') + QString::fromUtf8(key);
}
}

IdempotencyStore::Lookup IdempotencyStore::find(const QString &organisationId,
                                                const QByteArray &key,
                                                const QByteArray &requestFingerprint,
                                                const QDateTime &now, ApiReply *stored) const
{
    const auto it = m_entries.constFind(entryKey(organisationId, key));
    if (it == m_entries.constEnd() || it->storedAt.secsTo(now) >= lifetimeSeconds)
        return Lookup::Fresh;
    if (it->fingerprint != requestFingerprint)
        return Lookup::Conflict;
    *stored = it->reply;
    return Lookup::Replay;
}

void IdempotencyStore::remember(const QString &organisationId, const QByteArray &key,
                                const QByteArray &requestFingerprint, const QDateTime &now,
                                const ApiReply &reply)
{
    m_entries.insert(entryKey(organisationId, key), Entry{requestFingerprint, now, reply});
}

} // namespace Sandbox
