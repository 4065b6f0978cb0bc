#include "routes/AccountRoutes.h"

#include "billing/DeliveryHistory.h"
#include "billing/OrderingWindow.h"
#include "billing/OrganisationDirectory.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
}

AccountRoutes::AccountRoutes(SandboxServices &services)
    : m_services(services)
{
}

void AccountRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/account"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return account(e); });
    router.addSync(Method::Get, u"/clock"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &) { return clock(); });
    router.addSync(Method::Get, u"/subscribers"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return subscribers(e); });
}

ApiReply AccountRoutes::account(const ApiExchange &exchange) const
{
    const QDateTime now = m_services.clock->now();
    const std::optional<Organisation> organisation =
        m_services.organisations->find(exchange.organisationId());
    if (!organisation)
        return ApiReply::problem(ProblemResponse(ProblemCode::NotFound, u"No such account."_s));
    const QJsonObject personal{
        {u"id"_s, organisation->id},
        {u"name"_s, organisation->name},
        {u"contract_number"_s, organisation->contractNumber},
        {u"taxpayer_number"_s, organisation->taxpayerNumber},
        {u"address"_s, organisation->address},
        {u"contact_email"_s, organisation->contactEmail},
        {u"contact_phone"_s, organisation->contactPhone},
        {u"invoice_email"_s, m_services.delivery->invoiceEmail(organisation->id, now)},
    };
    return ApiReply::json(200, QJsonObject{
        {u"organisation"_s, personal},
        {u"billing_time_zone"_s, SandboxClock::billingZoneId()},
        {u"server_time"_s, SandboxClock::toRfc3339(now)},
        {u"invoicing"_s, OrderingWindow::toJson(now)},
        {u"delivery"_s, m_services.delivery->inForceAt(organisation->id, now).toJson()},
    });
}

ApiReply AccountRoutes::clock() const
{
    const QDateTime now = m_services.clock->now();
    return ApiReply::json(200, QJsonObject{
        {u"server_time"_s, SandboxClock::toRfc3339(now)},
        {u"billing_time_zone"_s, SandboxClock::billingZoneId()},
        {u"invoicing"_s, OrderingWindow::toJson(now)},
    });
}

ApiReply AccountRoutes::subscribers(const ApiExchange &exchange) const
{
    QSqlQuery query = m_services.database->run(
        u"SELECT id, number, label, status FROM subscribers WHERE organisation_id = ?"
        " ORDER BY number"_s,
        {exchange.organisationId()});
    QJsonArray items;
    while (query.next()) {
        items.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                 {u"number"_s, query.value(1).toString()},
                                 {u"label"_s, query.value(2).toString()},
                                 {u"status"_s, query.value(3).toString()}});
    }
    return ApiReply::json(200, QJsonObject{{u"items"_s, items}});
}

} // namespace Sandbox
