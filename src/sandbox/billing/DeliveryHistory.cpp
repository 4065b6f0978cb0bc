#include "billing/DeliveryHistory.h"

#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

QJsonObject DeliverySetting::toJson() const
{
    return QJsonObject{{u"method"_s, method}, {u"address"_s, address}};
}

DeliveryHistory::DeliveryHistory(SandboxDatabase &database)
    : m_database(database)
{
}

DeliverySetting DeliveryHistory::inForceAt(const QString &organisationId,
                                           const QDateTime &instant) const
{
    QSqlQuery query = m_database.run(
        u"SELECT method, address, effective_at FROM delivery_settings WHERE organisation_id = ?"
        " AND effective_at <= ? ORDER BY effective_at DESC, id DESC LIMIT 1"_s,
        {organisationId, SandboxClock::toRfc3339(instant)});
    if (!query.next())
        return DeliverySetting{u"email"_s, QString(), QDateTime()};
    return DeliverySetting{query.value(0).toString(), query.value(1).toString(),
                           *SandboxClock::parseRfc3339(query.value(2).toString())};
}

QList<DeliverySetting> DeliveryHistory::changesUntil(const QString &organisationId,
                                                     const QDateTime &now) const
{
    QSqlQuery query = m_database.run(
        u"SELECT method, address, effective_at FROM delivery_settings WHERE organisation_id = ?"
        " AND effective_at <= ? ORDER BY effective_at DESC, id DESC"_s,
        {organisationId, SandboxClock::toRfc3339(now)});
    QList<DeliverySetting> changes;
    while (query.next()) {
        changes.append({query.value(0).toString(), query.value(1).toString(),
                        *SandboxClock::parseRfc3339(query.value(2).toString())});
    }
    return changes;
}

bool DeliveryHistory::change(const QString &organisationId, const DeliverySetting &setting)
{
    return m_database.transaction([&] {
        return m_database.write(
            u"INSERT INTO delivery_settings (organisation_id, method, address, effective_at)"
            " VALUES (?, ?, ?, ?)"_s,
            {organisationId, setting.method, setting.address, SandboxClock::toRfc3339(setting.effectiveAt)});
    });
}

QString DeliveryHistory::invoiceEmail(const QString &organisationId, const QDateTime &now) const
{
    const DeliverySetting current = inForceAt(organisationId, now);
    if (current.method == u"email"_s && !current.address.isEmpty())
        return current.address;
    QSqlQuery query = m_database.run(u"SELECT contact_email FROM organisations WHERE id = ?"_s,
                                     {organisationId});
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace Sandbox
