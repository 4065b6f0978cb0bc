#include "billing/OrganisationDirectory.h"

#include "storage/SandboxDatabase.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

OrganisationDirectory::OrganisationDirectory(const SandboxDatabase &database)
    : m_database(database)
{
}

std::optional<Organisation> OrganisationDirectory::find(const QString &organisationId) const
{
    QSqlQuery query = m_database.run(
        u"SELECT id, name, contract_number, taxpayer_number, address, contact_email,"
        " contact_phone, invoice_prefix FROM organisations WHERE id = ?"_s,
        {organisationId});
    if (!query.next())
        return std::nullopt;
    return Organisation{query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()};
}

} // namespace Sandbox
