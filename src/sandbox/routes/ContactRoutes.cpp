#include "routes/ContactRoutes.h"

#include "orders/OrderGate.h"
#include "orders/OrderLog.h"

#include "JsonRequestParser.h"
#include "validation/PhoneSyntax.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
}

ContactRoutes::ContactRoutes(SandboxServices &services)
    : m_services(services)
{
}

void ContactRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/contacts"_s, RouteAccess::Organisation,
                   [](const ApiExchange &) { return contacts(); });
    router.addSync(Method::Post, u"/callback-requests"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) {
                       return m_services.orderGate->once(e, [this, &e] { return requestCallback(e); });
                   });
}

ApiReply ContactRoutes::contacts()
{
    const QJsonArray numbers{
        QJsonObject{{u"number"_s, u"+78005550100"_s}, {u"label"_s, u"Бесплатно по России"_s}},
        QJsonObject{{u"number"_s, u"+74955550100"_s}, {u"label"_s, u"Москва"_s}},
        QJsonObject{{u"number"_s, u"+79995550100"_s}, {u"label"_s, u"С мобильного"_s}},
    };
    return ApiReply::json(200, QJsonObject{{u"call_centre"_s, QJsonObject{
        {u"numbers"_s, numbers},
        {u"hours"_s, u"Круглосуточно, без выходных"_s}}}});
}

ApiReply ContactRoutes::requestCallback(const ApiExchange &exchange)
{
    static const JsonRequestParser parser(
        {{u"phone"_s}, {u"comment"_s}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const QString phone = body.object.value(u"phone"_s).toString().trimmed();
    if (!PhoneSyntax::isValid(phone)) {
        return ApiReply::problem(ProblemResponse(
            ProblemCode::InvalidPhone, u"The phone must look like +7XXXXXXXXXX."_s));
    }
    const QString comment = body.object.value(u"comment"_s).toString().left(1000);
    const QString id = u"cb-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString requestedAt = SandboxClock::toRfc3339(m_services.clock->now());
    const bool stored = m_services.database->write(
        u"INSERT INTO callback_requests (id, organisation_id, phone, comment, requested_at)"
        " VALUES (?, ?, ?, ?, ?)"_s,
        {id, exchange.organisationId(), phone, comment, requestedAt});
    if (!stored)
        return ApiReply::storageFailure();
    return ApiReply::json(201, QJsonObject{{u"id"_s, id},
                                           {u"number"_s, runningNumber(*m_services.database, u"callback_requests"_s, id)},
                                           {u"phone"_s, phone},
                                           {u"requested_at"_s, requestedAt}});
}

} // namespace Sandbox
