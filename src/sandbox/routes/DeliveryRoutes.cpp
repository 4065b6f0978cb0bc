#include "routes/DeliveryRoutes.h"

#include "billing/BillingMonth.h"
#include "billing/DeliveryHistory.h"
#include "validation/EmailSyntax.h"
#include "JsonRequestParser.h"
#include "server/SandboxClock.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
}

DeliveryRoutes::DeliveryRoutes(SandboxServices &services)
    : m_services(services)
{
}

void DeliveryRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/delivery"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return current(e.organisationId()); });
    router.addSync(Method::Put, u"/delivery"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return change(e); });
    router.addSync(Method::Get, u"/delivery/history"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return history(e); });
}

ApiReply DeliveryRoutes::current(const QString &organisationId) const
{
    const QDateTime now = m_services.clock->now();
    const DeliverySetting setting = m_services.delivery->inForceAt(organisationId, now);
    // The next regular invoice is the current month's, formed on the 1st of the next one; it goes
    // wherever the setting then in force says, which today is the current one.
    const BillingMonth next = BillingMonth::containing(now);
    QJsonObject body = setting.toJson();
    body.insert(u"next_regular_invoice"_s,
                QJsonObject{{u"period"_s, next.toString()},
                            {u"address"_s, setting.address},
                            {u"method"_s, setting.method}});
    return ApiReply::json(200, body);
}

ApiReply DeliveryRoutes::change(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"method"_s}, {u"address"_s}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const QString method = body.object.value(u"method"_s).toString();
    const QString address = body.object.value(u"address"_s).toString().trimmed();
    if (method != u"email"_s && method != u"in_person"_s) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::ValidationFailed, u"Unknown delivery method."_s)
                .withFieldError(u"method"_s, u"must be \"email\" or \"in_person\""_s));
    }
    if (method == u"email"_s && !EmailSyntax::isValid(address)) {
        return ApiReply::problem(ProblemResponse(
            ProblemCode::InvalidEmail, u"\"%1\" is not an e-mail address."_s.arg(address)));
    }
    if (address.isEmpty() || address.size() > 300) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::ValidationFailed, u"The address is empty or too long."_s)
                .withFieldError(u"address"_s, u"1 to 300 characters"_s));
    }
    if (!m_services.delivery->change(exchange.organisationId(), {method, address, m_services.clock->now()}))
        return ApiReply::storageFailure();
    return current(exchange.organisationId());
}

ApiReply DeliveryRoutes::history(const ApiExchange &exchange) const
{
    QJsonArray items;
    const QList<DeliverySetting> changes =
        m_services.delivery->changesUntil(exchange.organisationId(), m_services.clock->now());
    for (const DeliverySetting &setting : changes) {
        QJsonObject item = setting.toJson();
        item.insert(u"effective_at"_s, SandboxClock::toRfc3339(setting.effectiveAt));
        items.append(item);
    }
    return ApiReply::json(200, QJsonObject{{u"items"_s, items}});
}

} // namespace Sandbox
