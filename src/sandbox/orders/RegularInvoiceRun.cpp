#include "orders/RegularInvoiceRun.h"

#include "InvoicePdfRenderer.h"
#include "MaildirOutbox.h"
#include "billing/BillingMonth.h"
#include "billing/DeliveryHistory.h"
#include "billing/InvoiceLedger.h"
#include "billing/OrganisationDirectory.h"
#include "billing/SubscriberCharges.h"
#include "orders/EmailComposer.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sandbox {

RegularInvoiceRun::RegularInvoiceRun(SandboxDatabase &database, const OrganisationDirectory &organisations,
                                     const DeliveryHistory &delivery, const InvoiceLedger &invoices,
                                     MaildirOutbox &outbox)
    : m_database(database), m_organisations(organisations), m_delivery(delivery), m_invoices(invoices),
      m_outbox(outbox)
{
}

int RegularInvoiceRun::formDue(const QDateTime &now)
{
    QSqlQuery latest = m_database.run(
        u"SELECT organisation_id, MAX(period) FROM invoices GROUP BY organisation_id"_s);
    QList<std::pair<QString, QString>> organisations;
    while (latest.next())
        organisations.append({latest.value(0).toString(), latest.value(1).toString()});
    int formed = 0;
    for (const auto &[organisationId, lastPeriod] : organisations) {
        std::optional<BillingMonth> month = BillingMonth::parse(lastPeriod);
        while (month) {
            const BillingMonth next = month->addMonths(1);
            const QDateTime formedAt = next.invoiceFormedAt();
            if (formedAt > now)
                break;
            if (!form(organisationId, next.toString(), formedAt))
                break;
            send(organisationId, next.toString(), formedAt);
            ++formed;
            month = next;
        }
    }
    return formed;
}

bool RegularInvoiceRun::form(const QString &organisationId, const QString &period, const QDateTime &formedAt)
{
    const std::optional<Organisation> organisation = m_organisations.find(organisationId);
    if (!organisation)
        return false;
    return m_database.transaction([&] {
        QSqlQuery count = m_database.run(u"SELECT COUNT(*) FROM invoices WHERE organisation_id = ?"_s,
                                         {organisationId});
        count.next();
        const QString number = u"%1-%2-%3"_s.arg(organisation->invoicePrefix, QString(period).remove(u'-'))
                                   .arg(1001 + count.value(0).toInt());
        if (m_database.run(u"INSERT INTO invoices (organisation_id, period, number, formed_at) VALUES (?, ?, ?, ?)"_s,
                           {organisationId, period, number, SandboxClock::toRfc3339(formedAt)})
                .lastError()
                .isValid())
            return false;
        // The invoice bills the month's charges: the fee and every call (the same generator as the charges).
        for (const SubscriberCharge &charge : SubscriberCharges(m_database).wholeMonth(organisationId, *BillingMonth::parse(period)))
            m_database.run(u"INSERT INTO invoice_lines (organisation_id, period, subscriber_id, amount_kopecks)"
                           " VALUES (?, ?, ?, ?)"_s,
                           {organisationId, period, charge.subscriberId, charge.amountKopecks});
        return true;
    });
}

void RegularInvoiceRun::send(const QString &organisationId, const QString &period, const QDateTime &formedAt)
{
    const DeliverySetting target = m_delivery.inForceAt(organisationId, formedAt);
    if (target.method != u"email"_s || target.address.isEmpty())
        return; // handed over in person: no e-mail
    const std::optional<InvoiceContent> content = m_invoices.content(organisationId, period);
    if (!content)
        return;
    QString error;
    // A real operator's mail can bounce too: the invoice stays formed, and its repeat can be ordered.
    if (!m_outbox.deliver(EmailComposer::regularInvoice(target.address, *content, InvoicePdfRenderer::render(*content),
                                                        formedAt),
                          &error))
        qWarning("sandbox: the regular invoice's e-mail was not delivered: %ls", qUtf16Printable(error));
}

} // namespace Sandbox
