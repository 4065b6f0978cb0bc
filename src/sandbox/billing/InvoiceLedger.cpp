#include "billing/InvoiceLedger.h"

#include "billing/DeliveryHistory.h"
#include "MoneyText.h"
#include "billing/OrganisationDirectory.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

InvoiceLedger::InvoiceLedger(const SandboxDatabase &database, const DeliveryHistory &delivery,
                             const OrganisationDirectory &organisations)
    : m_database(database), m_delivery(delivery), m_organisations(organisations)
{
}

QJsonArray InvoiceLedger::list(const QString &organisationId, const QDateTime &now) const
{
    QSqlQuery query = m_database.run(
        u"SELECT period, number, formed_at FROM invoices WHERE organisation_id = ?"
        " AND formed_at <= ? ORDER BY period DESC"_s,
        {organisationId, SandboxClock::toRfc3339(now)});
    QJsonArray items;
    while (query.next()) {
        items.append(itemJson(organisationId, query.value(0).toString(),
                              query.value(1).toString(), query.value(2).toString()));
    }
    return items;
}

std::optional<QJsonObject> InvoiceLedger::find(const QString &organisationId,
                                               const QString &period, const QDateTime &now) const
{
    QSqlQuery query = m_database.run(
        u"SELECT number, formed_at FROM invoices WHERE organisation_id = ? AND period = ?"
        " AND formed_at <= ?"_s,
        {organisationId, period, SandboxClock::toRfc3339(now)});
    if (!query.next())
        return std::nullopt;
    QJsonObject item = itemJson(organisationId, period, query.value(0).toString(),
                                query.value(1).toString());
    item.insert(u"lines"_s, linesJson(organisationId, period));
    return item;
}

QJsonObject InvoiceLedger::itemJson(const QString &organisationId, const QString &period,
                                    const QString &number, const QString &formedAt) const
{
    QSqlQuery total = m_database.run(
        u"SELECT COALESCE(SUM(amount_kopecks), 0) FROM invoice_lines"
        " WHERE organisation_id = ? AND period = ?"_s,
        {organisationId, period});
    total.next();
    const QDateTime formed = *SandboxClock::parseRfc3339(formedAt);
    return QJsonObject{
        {u"period"_s, period},
        {u"number"_s, number},
        {u"amount"_s, MoneyText::decimal(total.value(0).toLongLong())},
        {u"currency"_s, u"RUB"_s},
        {u"formed_at"_s, formedAt},
        {u"delivered_to"_s, m_delivery.inForceAt(organisationId, formed).toJson()},
    };
}

QJsonArray InvoiceLedger::linesJson(const QString &organisationId, const QString &period) const
{
    QSqlQuery query = m_database.run(
        u"SELECT l.subscriber_id, s.number, s.label, l.amount_kopecks FROM invoice_lines l"
        " JOIN subscribers s ON s.id = l.subscriber_id"
        " WHERE l.organisation_id = ? AND l.period = ? ORDER BY s.number"_s,
        {organisationId, period});
    QJsonArray lines;
    while (query.next()) {
        lines.append(QJsonObject{{u"subscriber_id"_s, query.value(0).toString()},
                                 {u"number"_s, query.value(1).toString()},
                                 {u"label"_s, query.value(2).toString()},
                                 {u"amount"_s, MoneyText::decimal(query.value(3).toLongLong())}});
    }
    return lines;
}

std::optional<InvoiceContent> InvoiceLedger::content(const QString &organisationId,
                                                     const QString &period) const
{
    const std::optional<Organisation> organisation = m_organisations.find(organisationId);
    QSqlQuery invoice = m_database.run(
        u"SELECT number, formed_at FROM invoices WHERE organisation_id = ? AND period = ?"_s,
        {organisationId, period});
    if (!organisation || !invoice.next())
        return std::nullopt;
    InvoiceContent content{invoice.value(0).toString(), period, organisation->name,
                           organisation->contractNumber, organisation->taxpayerNumber,
                           organisation->address,
                           *SandboxClock::parseRfc3339(invoice.value(1).toString()), u"RUB"_s, {}};
    QSqlQuery lines = m_database.run(
        u"SELECT s.number, s.label, l.amount_kopecks FROM invoice_lines l"
        " JOIN subscribers s ON s.id = l.subscriber_id"
        " WHERE l.organisation_id = ? AND l.period = ? ORDER BY s.number"_s,
        {organisationId, period});
    while (lines.next()) {
        content.lines.append(ChargeLine{lines.value(0).toString(), lines.value(1).toString(),
                                         lines.value(2).toLongLong()});
    }
    return content;
}

} // namespace Sandbox
