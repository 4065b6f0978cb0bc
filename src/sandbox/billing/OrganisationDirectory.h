#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxDatabase;

struct Organisation
{
    QString id;
    QString name;
    QString contractNumber;
    QString taxpayerNumber;
    QString address;
    QString contactEmail;
    QString contactPhone;
    QString invoicePrefix;
};

// Reads an organisation's personal information.
class OrganisationDirectory
{
public:
    explicit OrganisationDirectory(const SandboxDatabase &database);

    std::optional<Organisation> find(const QString &organisationId) const;

private:
    const SandboxDatabase &m_database;
};

} // namespace Sandbox
