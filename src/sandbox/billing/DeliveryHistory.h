#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sandbox {

class SandboxDatabase;

struct DeliverySetting
{
    QString method; // "email" or "in_person"
    QString address;
    QDateTime effectiveAt;

    QJsonObject toJson() const;
};

// How regular invoices are delivered, and every change with the moment it took effect.
class DeliveryHistory
{
public:
    explicit DeliveryHistory(SandboxDatabase &database);

    // The setting in force at an instant (what a regular invoice formed then is addressed to).
    DeliverySetting inForceAt(const QString &organisationId, const QDateTime &instant) const;
    QList<DeliverySetting> changesUntil(const QString &organisationId, const QDateTime &now) const;
    // False when the change could not be stored.
    bool change(const QString &organisationId, const DeliverySetting &setting);
    // Where e-mailed invoices go now: the delivery e-mail, or the contact e-mail for in-person.
    QString invoiceEmail(const QString &organisationId, const QDateTime &now) const;

private:
    SandboxDatabase &m_database;
};

} // namespace Sandbox
