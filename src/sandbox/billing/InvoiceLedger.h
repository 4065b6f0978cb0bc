#pragma once

#include "InvoiceContent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

class DeliveryHistory;
class OrganisationDirectory;
class SandboxDatabase;

// The regular monthly invoices of an organisation, as the API shows them and as PDFs print them.
class InvoiceLedger
{
public:
    InvoiceLedger(const SandboxDatabase &database, const DeliveryHistory &delivery,
                  const OrganisationDirectory &organisations);

    QJsonArray list(const QString &organisationId, const QDateTime &now) const;
    // The invoice with its lines, if formed by now.
    std::optional<QJsonObject> find(const QString &organisationId, const QString &period,
                                    const QDateTime &now) const;
    std::optional<InvoiceContent> content(const QString &organisationId,
                                          const QString &period) const;

private:
    QJsonObject itemJson(const QString &organisationId, const QString &period,
                         const QString &number, const QString &formedAt) const;
    QJsonArray linesJson(const QString &organisationId, const QString &period) const;

    const SandboxDatabase &m_database;
    const DeliveryHistory &m_delivery;
    const OrganisationDirectory &m_organisations;
};

} // namespace Sandbox
