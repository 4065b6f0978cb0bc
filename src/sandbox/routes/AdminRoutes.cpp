#include "routes/AdminRoutes.h"

#include "orders/DocumentJobQueue.h"
#include "orders/RegularInvoiceRun.h"
#include "server/FaultInjector.h"
#include "billing/OrderingWindow.h"
#include "JsonRequestParser.h"
#include "orders/OrderLog.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QSqlQuery>

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;

ApiReply invalid(const QString &field, const QString &message)
{
    return ApiReply::problem(ProblemResponse(ProblemCode::ValidationFailed, message)
                                 .withFieldError(field, message));
}
}

AdminRoutes::AdminRoutes(SandboxServices &services)
    : m_services(services)
{
}

void AdminRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Post, u"/admin/clock"_s, RouteAccess::Admin,
                   [this](const ApiExchange &e) { return setClock(e); });
    router.addSync(Method::Delete, u"/admin/clock"_s, RouteAccess::Admin,
                   [this](const ApiExchange &) { return resetClock(); });
    router.addSync(Method::Post, u"/admin/faults"_s, RouteAccess::Admin,
                   [this](const ApiExchange &e) { return addFault(e); });
    router.addSync(Method::Delete, u"/admin/faults"_s, RouteAccess::Admin,
                   [this](const ApiExchange &) { return clearFaults(); });
    router.addSync(Method::Get, u"/admin/orders"_s, RouteAccess::Admin,
                   [this](const ApiExchange &) { return orders(); });
    router.addSync(Method::Post, u"/admin/oversize-documents"_s, RouteAccess::Admin,
                   [this](const ApiExchange &e) { return oversizeDocuments(e); });
    router.addSync(Method::Post, u"/admin/failing-generations"_s, RouteAccess::Admin,
                   [this](const ApiExchange &e) { return failGenerations(e); });
}

ApiReply AdminRoutes::failGenerations(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"login"_s}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const QString login = body.object.value(u"login"_s).toString();
    QSqlQuery query = m_services.database->run(u"SELECT id FROM organisations WHERE login = ?"_s, {login});
    if (!query.next())
        return invalid(u"login"_s, u"no organisation has this login"_s);
    m_services.jobs->failGenerationsOf(query.value(0).toString());
    return ApiReply::json(200, QJsonObject{{u"login"_s, login}});
}

ApiReply AdminRoutes::setClock(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"now"_s}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const std::optional<QDateTime> now =
        SandboxClock::parseRfc3339(body.object.value(u"now"_s).toString());
    if (!now)
        return invalid(u"now"_s, u"an RFC 3339 time with offset is required"_s);
    m_services.clock->setFixed(*now);
    // Moved past the 1st at 03:00: the month's regular invoices are formed and sent, as the operator would.
    m_services.regularInvoices->formDue(*now);
    return ApiReply::json(200, QJsonObject{{u"server_time"_s, SandboxClock::toRfc3339(*now)},
                                           {u"invoicing"_s, OrderingWindow::toJson(*now)}});
}

ApiReply AdminRoutes::resetClock()
{
    m_services.clock->useRealTime();
    m_services.regularInvoices->formDue(m_services.clock->now());
    return ApiReply::json(200, QJsonObject{
        {u"server_time"_s, SandboxClock::toRfc3339(m_services.clock->now())}});
}

ApiReply AdminRoutes::addFault(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({
        {u"path_prefix"_s},
        {u"kind"_s},
        {u"status"_s, JsonFieldType::Integer, false},
        {u"latency_ms"_s, JsonFieldType::Integer, false},
        {u"retry_after"_s, JsonFieldType::Integer, false},
        {u"count"_s, JsonFieldType::Integer, false, true},
        {u"location"_s, JsonFieldType::String, false},
    });
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const QJsonObject &o = body.object;
    const std::optional<FaultKind> kind = FaultInjector::kindFromText(o.value(u"kind"_s).toString());
    if (!kind)
        return invalid(u"kind"_s, u"unknown fault kind"_s);
    FaultRule rule;
    rule.pathPrefix = o.value(u"path_prefix"_s).toString();
    rule.kind = *kind;
    rule.status = o.value(u"status"_s).toInt(503);
    rule.latencyMs = qBound(0, o.value(u"latency_ms"_s).toInt(0), 120000);
    rule.retryAfterSeconds = o.value(u"retry_after"_s).toInt(1);
    rule.remaining = o.value(u"count"_s).isDouble() ? o.value(u"count"_s).toInt() : -1;
    rule.location = o.value(u"location"_s).toString();
    const QUrl location(rule.location, QUrl::StrictMode);
    if (rule.kind == FaultKind::Redirect && (!location.isValid() || location.isRelative()))
        return invalid(u"location"_s, u"an absolute URL is required for a redirect"_s);
    if (rule.status < 400 || rule.status > 599)
        return invalid(u"status"_s, u"must be 400..599"_s);
    m_services.faults->add(rule);
    return ApiReply::json(201, o);
}

ApiReply AdminRoutes::clearFaults()
{
    m_services.faults->clear();
    return ApiReply::noContent();
}

ApiReply AdminRoutes::orders() const
{
    return ApiReply::json(200, QJsonObject{{u"items"_s, m_services.orders->toJson()}});
}

ApiReply AdminRoutes::oversizeDocuments(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"bytes"_s, JsonFieldType::Integer}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const qint64 bytes = body.object.value(u"bytes"_s).toInteger();
    if (bytes < 0 || bytes > qint64(4) * 1024 * 1024 * 1024)
        return invalid(u"bytes"_s, u"must be 0..4 GiB"_s);
    m_services.jobs->setMinimumDocumentSize(bytes);
    return ApiReply::json(200, QJsonObject{{u"bytes"_s, bytes}});
}

} // namespace Sandbox
