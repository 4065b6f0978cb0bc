#include "OperatorApi.h"

#include "ApiCall.h"
#include "ApiRequest.h"
#include "OperatorConnection.h"
#include "parsers/ResponseParsers.h"
#include "validation/EmailAddress.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString jobPath(const QString &jobId)
{
    return QStringLiteral("/invoice-documents/") + segment(jobId);
}
} // namespace

OperatorApi::OperatorApi(OperatorConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

template<typename T>
ApiCall *OperatorApi::call(const ApiRequest &request, QObject *context, ApiCallback<T> done,
                           ApiResult<T> (*parse)(const QJsonDocument &))
{
    ApiCall *apiCall = m_connection->send(request);
    connect(apiCall, &ApiCall::finished, context, [apiCall, done = std::move(done), parse] {
        if (!apiCall->isOk())
            return done(apiCall->error());
        const ApiResult<QJsonDocument> json = ResponseParsers::jsonBody(apiCall->contentType(), apiCall->body());
        if (!json.isOk())
            return done(json.error());
        done(parse(json.value()));
    });
    return apiCall;
}

ApiCall *OperatorApi::account(QObject *context, ApiCallback<AccountInfo> done)
{
    return call(ApiRequest::get(QStringLiteral("/account")), context, std::move(done), &ResponseParsers::account);
}

ApiCall *OperatorApi::clock(QObject *context, ApiCallback<OperatorClock> done)
{
    return call(ApiRequest::get(QStringLiteral("/clock")), context, std::move(done), &ResponseParsers::clock);
}

ApiCall *OperatorApi::subscribers(QObject *context, ApiCallback<QList<Subscriber>> done)
{
    return call(ApiRequest::get(QStringLiteral("/subscribers")), context, std::move(done),
                &ResponseParsers::subscribers);
}

ApiCall *OperatorApi::invoices(QObject *context, ApiCallback<QList<Invoice>> done)
{
    return call(ApiRequest::get(QStringLiteral("/invoices")), context, std::move(done), &ResponseParsers::invoices);
}

ApiCall *OperatorApi::invoice(const BillingPeriod &period, QObject *context, ApiCallback<Invoice> done)
{
    return call(ApiRequest::get(QStringLiteral("/invoices/") + period.toString()), context, std::move(done),
                &ResponseParsers::invoice);
}

ApiCall *OperatorApi::repeatInvoice(const BillingPeriod &period, QObject *context, ApiCallback<OrderReceipt> done,
                                    const QString &idempotencyKey)
{
    ApiRequest request =
        ApiRequest::idempotentPost(QStringLiteral("/invoices/%1/repeat").arg(period.toString()), QJsonObject());
    request.idempotencyKey = idempotencyKey;
    return call(request, context, std::move(done), &ResponseParsers::orderReceipt);
}

ApiCall *OperatorApi::orderInvoiceDocument(const BillingPeriod &period, QObject *context,
                                           ApiCallback<InvoiceDocumentJob> done, const QString &idempotencyKey)
{
    ApiRequest request =
        ApiRequest::idempotentPost(QStringLiteral("/invoice-documents"), {{QStringLiteral("period"), period.toString()}});
    request.idempotencyKey = idempotencyKey;
    return call(request, context, std::move(done), &ResponseParsers::documentJob);
}

ApiCall *OperatorApi::invoiceDocumentJob(const QString &jobId, int waitSeconds, QObject *context,
                                         ApiCallback<InvoiceDocumentJob> done)
{
    ApiRequest request = ApiRequest::get(jobPath(jobId));
    request.longPollSeconds = waitSeconds;
    return call(request, context, std::move(done), &ResponseParsers::documentJob);
}

ApiCall *OperatorApi::cancelInvoiceDocument(const QString &jobId, QObject *context,
                                            ApiCallback<InvoiceDocumentJob> done)
{
    return call(ApiRequest::remove(jobPath(jobId)), context, std::move(done), &ResponseParsers::documentJob);
}

ApiCall *OperatorApi::renewDownloadLink(const QString &jobId, QObject *context, ApiCallback<DownloadLink> done)
{
    // No body: the contract declares none for this operation (an independent validator refuses one),
    // and a second link for the same document orders nothing, so the call is safe to repeat.
    const ApiRequest request{ApiRequest::Method::Post, jobPath(jobId) + QStringLiteral("/link"), {}, std::nullopt,
                             ApiRequest::Repeat::Safe, true, 0, {}};
    return call(request, context, std::move(done), &ResponseParsers::downloadLink);
}

ApiCall *OperatorApi::delivery(QObject *context, ApiCallback<DeliverySettings> done)
{
    return call(ApiRequest::get(QStringLiteral("/delivery")), context, std::move(done), &ResponseParsers::delivery);
}

ApiCall *OperatorApi::changeDelivery(DeliveryMethod method, const QString &address, QObject *context,
                                     ApiCallback<DeliverySettings> done)
{
    const QString onTheWire = method == DeliveryMethod::Email ? EmailAddress::toWire(address) : address;
    const QJsonObject body{{QStringLiteral("method"), deliveryMethodToWire(method)},
                           {QStringLiteral("address"), onTheWire}};
    return call(ApiRequest::put(QStringLiteral("/delivery"), body), context, std::move(done),
                &ResponseParsers::delivery);
}

ApiCall *OperatorApi::deliveryHistory(QObject *context, ApiCallback<QList<DeliveryChange>> done)
{
    return call(ApiRequest::get(QStringLiteral("/delivery/history")), context, std::move(done),
                &ResponseParsers::deliveryHistory);
}

ApiCall *OperatorApi::orderCallDetails(CallDetailsMonth month, const std::optional<QString> &subscriberId,
                                       DocumentFormat format, QObject *context, ApiCallback<OrderReceipt> done,
                                       const QString &idempotencyKey)
{
    const QJsonObject body{
        {QStringLiteral("month"), month == CallDetailsMonth::Current ? QStringLiteral("current") : QStringLiteral("previous")},
        {QStringLiteral("subscriber_id"), subscriberId ? QJsonValue(*subscriberId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("format"), format == DocumentFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv")}};
    ApiRequest request = ApiRequest::idempotentPost(QStringLiteral("/call-details"), body);
    request.idempotencyKey = idempotencyKey;
    return call(request, context, std::move(done), &ResponseParsers::orderReceipt);
}

ApiCall *OperatorApi::currentCharges(QObject *context, ApiCallback<CurrentCharges> done)
{
    return call(ApiRequest::get(QStringLiteral("/charges/current")), context, std::move(done),
                &ResponseParsers::currentCharges);
}

ApiCall *OperatorApi::orderCurrentCharges(const QStringList &subscriberIds, QObject *context,
                                          ApiCallback<OrderReceipt> done, const QString &idempotencyKey)
{
    const QJsonObject body{{QStringLiteral("subscriber_ids"), QJsonArray::fromStringList(subscriberIds)}};
    ApiRequest request = ApiRequest::idempotentPost(QStringLiteral("/charges/current/orders"), body);
    request.idempotencyKey = idempotencyKey;
    return call(request, context, std::move(done), &ResponseParsers::orderReceipt);
}

ApiCall *OperatorApi::payments(const QDate &from, const QDate &to, QObject *context, ApiCallback<PaymentHistory> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/payments"));
    if (from.isValid())
        request.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        request.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    return call(request, context, std::move(done), &ResponseParsers::payments);
}

ApiCall *OperatorApi::installments(QObject *context, ApiCallback<QList<Installment>> done)
{
    return call(ApiRequest::get(QStringLiteral("/installments")), context, std::move(done),
                &ResponseParsers::installments);
}

ApiCall *OperatorApi::feedbackMessages(QObject *context, ApiCallback<QList<FeedbackMessage>> done)
{
    return call(ApiRequest::get(QStringLiteral("/feedback")), context, std::move(done),
                &ResponseParsers::feedbackMessages);
}

ApiCall *OperatorApi::sendFeedback(const QString &topic, const QString &text,
                                   const std::optional<FeedbackAttachment> &attachment, QObject *context,
                                   ApiCallback<FeedbackMessage> done)
{
    QJsonValue attachmentJson(QJsonValue::Null);
    if (attachment) {
        attachmentJson = QJsonObject{{QStringLiteral("name"), attachment->name},
                                     {QStringLiteral("content_type"), attachment->contentType},
                                     {QStringLiteral("data_base64"), QString::fromLatin1(attachment->data.toBase64())}};
    }
    const QJsonObject body{{QStringLiteral("topic"), topic},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("attachment"), attachmentJson}};
    return call(ApiRequest::idempotentPost(QStringLiteral("/feedback"), body), context, std::move(done),
                &ResponseParsers::feedbackMessage);
}

ApiCall *OperatorApi::contacts(QObject *context, ApiCallback<Contacts> done)
{
    return call(ApiRequest::get(QStringLiteral("/contacts")), context, std::move(done), &ResponseParsers::contacts);
}

ApiCall *OperatorApi::requestCallback(const QString &phone, const QString &comment, QObject *context,
                                      ApiCallback<CallbackReceipt> done)
{
    const QJsonObject body{{QStringLiteral("phone"), phone}, {QStringLiteral("comment"), comment}};
    return call(ApiRequest::idempotentPost(QStringLiteral("/callback-requests"), body), context, std::move(done),
                &ResponseParsers::callbackReceipt);
}
