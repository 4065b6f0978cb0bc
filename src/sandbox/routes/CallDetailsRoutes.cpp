#include "routes/CallDetailsRoutes.h"

#include "billing/BillingMonth.h"
#include "CallDetailsRenderer.h"
#include "orders/EmailComposer.h"
#include "MaildirOutbox.h"
#include "orders/OrderGate.h"
#include "orders/OrderLog.h"
#include "billing/OrganisationDirectory.h"
#include "server/SandboxClock.h"
#include "billing/SubscriberCharges.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;

std::optional<ProblemResponse> choiceError(const QJsonObject &body)
{
    const QString month = body.value(u"month"_s).toString();
    const QString format = body.value(u"format"_s).toString();
    ProblemResponse problem(ProblemCode::ValidationFailed, u"The body has invalid fields."_s);
    if (month != u"current"_s && month != u"previous"_s)
        return problem.withFieldError(u"month"_s, u"must be \"current\" or \"previous\""_s);
    if (format != u"pdf"_s && format != u"csv"_s)
        return problem.withFieldError(u"format"_s, u"must be \"pdf\" or \"csv\""_s);
    return std::nullopt;
}
}

CallDetailsRoutes::CallDetailsRoutes(SandboxServices &services)
    : m_services(services)
{
}

void CallDetailsRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Post, u"/call-details"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return order(e); });
}

ApiReply CallDetailsRoutes::order(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"month"_s},
                                           {u"subscriber_id"_s, JsonFieldType::String, true, true},
                                           {u"format"_s}});
    return m_services.orderGate->handle(exchange, parser, [&](const QJsonObject &body) {
        if (const std::optional<ProblemResponse> problem = choiceError(body))
            return ApiReply::problem(*problem);
        return send(exchange, body);
    });
}

ApiReply CallDetailsRoutes::send(const ApiExchange &exchange, const QJsonObject &body)
{
    const QDateTime now = m_services.clock->now();
    const QString organisationId = exchange.organisationId();
    const QString subscriberId = body.value(u"subscriber_id"_s).toString();
    const SubscriberCharges charges(*m_services.database);
    const QList<SubscriberCharge> subscribers = charges.subscribers(
        organisationId, subscriberId.isEmpty() ? QStringList() : QStringList{subscriberId});
    if (subscribers.isEmpty()) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::NotFound, u"No such subscriber."_s));
    }
    const BillingMonth current = BillingMonth::containing(now);
    const bool previous = body.value(u"month"_s).toString() == u"previous"_s;
    const QString period = (previous ? current.addMonths(-1) : current).toString();
    const Organisation organisation = *m_services.organisations->find(organisationId);
    const CallDetailsContent content{organisation.name, organisation.contractNumber, period,
                                     charges.calls(subscribers, period, now)};
    const QString format = body.value(u"format"_s).toString();
    const QByteArray document = format == u"csv"_s ? CallDetailsRenderer::renderCsv(content)
                                                   : CallDetailsRenderer::renderPdf(content);
    const QString sentTo = organisation.contactEmail;
    QString error;
    OutgoingMail mail = EmailComposer::callDetails(sentTo, period, format, document, now);
    mail.orderId = OrderLog::newId();
    if (!m_services.outbox->deliver(mail, &error)) {
        return ApiReply::problem(ProblemResponse(ProblemCode::InternalError, error));
    }
    const std::optional<OrderRecord> order = m_services.orders->record(
        mail.orderId, organisationId, u"call_details"_s,
        QString::fromUtf8(exchange.header(QByteArrayLiteral("Idempotency-Key"))), sentTo, now,
        period + u" "_s + format + u" "_s + (subscriberId.isEmpty() ? u"all"_s : subscriberId));
    if (!order)
        return ApiReply::storageFailure();
    return ApiReply::json(202, QJsonObject{{u"order_id"_s, order->id},
                                           {u"order_number"_s, order->number},
                                           {u"period"_s, period},
                                           {u"sent_to"_s, sentTo},
                                           {u"ordered_at"_s, SandboxClock::toRfc3339(now)}});
}

} // namespace Sandbox
