#include "routes/InvoiceRoutes.h"

#include "billing/BillingMonth.h"
#include "billing/DeliveryHistory.h"
#include "orders/EmailComposer.h"
#include "billing/InvoiceLedger.h"
#include "InvoicePdfRenderer.h"
#include "MaildirOutbox.h"
#include "orders/OrderGate.h"
#include "orders/OrderLog.h"
#include "server/SandboxClock.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;

std::optional<ApiReply> badPeriod(const QString &period)
{
    if (BillingMonth::parse(period))
        return std::nullopt;
    return ApiReply::problem(
        ProblemResponse(ProblemCode::ValidationFailed, u"The period must look like YYYY-MM."_s)
            .withFieldError(u"period"_s, u"not a YYYY-MM period"_s));
}

ApiReply notFound(const QString &period)
{
    return ApiReply::problem(
        ProblemResponse(ProblemCode::NotFound, u"There is no invoice for %1."_s.arg(period)));
}
}

InvoiceRoutes::InvoiceRoutes(SandboxServices &services)
    : m_services(services)
{
}

void InvoiceRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/invoices"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return list(e); });
    router.addSync(Method::Get, u"/invoices/{period}"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return invoice(e); });
    router.addSync(Method::Post, u"/invoices/{period}/repeat"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return repeat(e); });
}

ApiReply InvoiceRoutes::list(const ApiExchange &exchange) const
{
    return ApiReply::json(200, QJsonObject{{u"items"_s,
                                            m_services.invoices->list(exchange.organisationId(),
                                                                      m_services.clock->now())}});
}

ApiReply InvoiceRoutes::invoice(const ApiExchange &exchange) const
{
    const QString period = exchange.pathParameter(u"period"_s);
    if (const std::optional<ApiReply> problem = badPeriod(period))
        return *problem;
    const std::optional<QJsonObject> item =
        m_services.invoices->find(exchange.organisationId(), period, m_services.clock->now());
    return item ? ApiReply::json(200, *item) : notFound(period);
}

ApiReply InvoiceRoutes::repeat(const ApiExchange &exchange)
{
    const QString period = exchange.pathParameter(u"period"_s);
    if (const std::optional<ApiReply> problem = badPeriod(period))
        return *problem;
    static const JsonRequestParser parser({});
    return m_services.orderGate->handle(exchange, parser, [&](const QJsonObject &) {
        return sendRepeat(exchange, period);
    });
}

ApiReply InvoiceRoutes::sendRepeat(const ApiExchange &exchange, const QString &period)
{
    const QDateTime now = m_services.clock->now();
    const QString organisationId = exchange.organisationId();
    if (!m_services.invoices->find(organisationId, period, now))
        return notFound(period);
    const std::optional<InvoiceContent> content = m_services.invoices->content(organisationId,
                                                                               period);
    // Repeats go where invoices go today, not where the original went.
    const QString sentTo = m_services.delivery->invoiceEmail(organisationId, now);
    OutgoingMail mail = EmailComposer::invoiceRepeat(
        sentTo, content->number, period, InvoicePdfRenderer::render(*content), now);
    mail.orderId = OrderLog::newId();
    QString error;
    if (!m_services.outbox->deliver(mail, &error)) {
        qWarning("sandbox: outbox failed: %ls", qUtf16Printable(error));
        return ApiReply::problem(ProblemResponse(ProblemCode::InternalError, error));
    }
    const std::optional<OrderRecord> order = m_services.orders->record(
        mail.orderId, organisationId, u"invoice_repeat"_s,
        QString::fromUtf8(exchange.header(QByteArrayLiteral("Idempotency-Key"))), sentTo, now,
        period);
    if (!order)
        return ApiReply::storageFailure();
    return ApiReply::json(202, QJsonObject{{u"order_id"_s, order->id},
                                           {u"order_number"_s, order->number},
                                           {u"period"_s, period},
                                           {u"sent_to"_s, sentTo},
                                           {u"ordered_at"_s, SandboxClock::toRfc3339(now)}});
}

} // namespace Sandbox
