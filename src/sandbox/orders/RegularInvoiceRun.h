#pragma once

#include <QDateTime>
#include <QString>

namespace Sandbox {

class DeliveryHistory;
class InvoiceLedger;
class MaildirOutbox;
class OrganisationDirectory;
class SandboxDatabase;

// What the operator does on the 1st of each month at 03:00: it forms the regular invoice of the month just
// ended for every organisation, and e-mails it where the delivery setting in force then says (nothing for
// «на руки»). The demo data holds the months before the sandbox first started; each month after is formed
// once, when the sandbox's clock passes its moment, and only then mailed.
class RegularInvoiceRun
{
public:
    RegularInvoiceRun(SandboxDatabase &database, const OrganisationDirectory &organisations,
                      const DeliveryHistory &delivery, const InvoiceLedger &invoices, MaildirOutbox &outbox);

    // Forms and sends what is due by `now`; the number of invoices formed.
    int formDue(const QDateTime &now);

private:
    bool form(const QString &organisationId, const QString &period, const QDateTime &formedAt);
    void send(const QString &organisationId, const QString &period, const QDateTime &formedAt);

    SandboxDatabase &m_database;
    const OrganisationDirectory &m_organisations;
    const DeliveryHistory &m_delivery;
    const InvoiceLedger &m_invoices;
    MaildirOutbox &m_outbox;
};

} // namespace Sandbox
