#include "routes/ChargesRoutes.h"

#include "billing/BillingMonth.h"
#include "ChargesRenderer.h"
#include "orders/EmailComposer.h"
#include "MaildirOutbox.h"
#include "MoneyText.h"
#include "orders/OrderGate.h"
#include "orders/OrderLog.h"
#include "billing/OrganisationDirectory.h"
#include "server/SandboxClock.h"
#include "billing/SubscriberCharges.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
}

ChargesRoutes::ChargesRoutes(SandboxServices &services)
    : m_services(services)
{
}

void ChargesRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/charges/current"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return current(e); });
    router.addSync(Method::Post, u"/charges/current/orders"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return order(e); });
}

ApiReply ChargesRoutes::current(const ApiExchange &exchange) const
{
    const QDateTime now = m_services.clock->now();
    const QList<SubscriberCharge> charges =
        SubscriberCharges(*m_services.database).current(exchange.organisationId(), now);
    QJsonArray items;
    qint64 total = 0;
    for (const SubscriberCharge &charge : charges) {
        total += charge.amountKopecks;
        items.append(QJsonObject{{u"subscriber_id"_s, charge.subscriberId},
                                 {u"number"_s, charge.number},
                                 {u"label"_s, charge.label},
                                 {u"amount"_s, MoneyText::decimal(charge.amountKopecks)}});
    }
    return ApiReply::json(200, QJsonObject{{u"period"_s, BillingMonth::containing(now).toString()},
                                           {u"currency"_s, u"RUB"_s},
                                           {u"total"_s, MoneyText::decimal(total)},
                                           {u"items"_s, items}});
}

ApiReply ChargesRoutes::order(const ApiExchange &exchange)
{
    static const JsonRequestParser parser(
        {{u"subscriber_ids"_s, JsonFieldType::Array}});
    return m_services.orderGate->handle(exchange, parser, [&](const QJsonObject &body) {
        return send(exchange, body);
    });
}

ApiReply ChargesRoutes::send(const ApiExchange &exchange, const QJsonObject &body)
{
    const QDateTime now = m_services.clock->now();
    const QString organisationId = exchange.organisationId();
    QStringList ids;
    for (const QJsonValue &id : body.value(u"subscriber_ids"_s).toArray()) {
        if (!id.isString()) {
            return ApiReply::problem(
                ProblemResponse(ProblemCode::ValidationFailed, u"Subscriber ids are strings."_s)
                    .withFieldError(u"subscriber_ids"_s, u"must be an array of strings"_s));
        }
        ids.append(id.toString());
    }
    const QList<SubscriberCharge> charges =
        SubscriberCharges(*m_services.database).current(organisationId, now, ids);
    if (charges.size() < ids.size() || charges.isEmpty())
        return ApiReply::problem(ProblemResponse(ProblemCode::NotFound, u"No such subscriber."_s));
    const Organisation organisation = *m_services.organisations->find(organisationId);
    const QString period = BillingMonth::containing(now).toString();
    ChargesContent content{organisation.name, organisation.contractNumber, period, u"RUB"_s, {}};
    for (const SubscriberCharge &charge : charges)
        content.lines.append({charge.number, charge.label, charge.amountKopecks});
    const QString sentTo = organisation.contactEmail;
    QString error;
    OutgoingMail mail = EmailComposer::charges(sentTo, period, ChargesRenderer::renderPdf(content), now);
    mail.orderId = OrderLog::newId();
    if (!m_services.outbox->deliver(mail, &error)) {
        return ApiReply::problem(ProblemResponse(ProblemCode::InternalError, error));
    }
    const std::optional<OrderRecord> order = m_services.orders->record(
        mail.orderId, organisationId, u"charges"_s,
        QString::fromUtf8(exchange.header(QByteArrayLiteral("Idempotency-Key"))), sentTo, now,
        ids.isEmpty() ? u"all"_s : ids.join(QLatin1Char(',')));
    if (!order)
        return ApiReply::storageFailure();
    return ApiReply::json(202, QJsonObject{{u"order_id"_s, order->id},
                                           {u"order_number"_s, order->number},
                                           {u"period"_s, period},
                                           {u"sent_to"_s, sentTo},
                                           {u"ordered_at"_s, SandboxClock::toRfc3339(now)}});
}

} // namespace Sandbox
