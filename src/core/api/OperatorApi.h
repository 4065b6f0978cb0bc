#pragma once

#include "ApiResult.h"
#include "BillingPeriod.h"
#include "domain/AccountInfo.h"
#include "domain/CallbackReceipt.h"
#include "domain/Contacts.h"
#include "domain/CurrentCharges.h"
#include "domain/DeliveryChange.h"
#include "domain/DeliverySettings.h"
#include "domain/FeedbackMessage.h"
#include "domain/Installment.h"
#include "domain/Invoice.h"
#include "domain/InvoiceDocumentJob.h"
#include "domain/OperatorClock.h"
#include "domain/OrderReceipt.h"
#include "domain/PaymentHistory.h"
#include "domain/Subscriber.h"

#include <QObject>

#include <functional>
#include <optional>

class ApiCall;
class OperatorConnection;
struct ApiRequest;

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

struct FeedbackAttachment
{
    // The operator's limit on an attachment's decoded size (the contract's FeedbackAttachment).
    static constexpr qint64 MaxBytes = 2 * 1024 * 1024;

    QString name;
    QString contentType;
    QByteArray data;
};

// One typed, asynchronous call per operation of the operator's contract (docs/operator-api.yaml).
// Every call answers through its callback, on the context's thread, unless the context is gone first.
// The returned call can be cancelled; it deletes itself when done.
class OperatorApi : public QObject
{
    Q_OBJECT

public:
    enum class CallDetailsMonth { Current, Previous };
    enum class DocumentFormat { Pdf, Csv };

    explicit OperatorApi(OperatorConnection *connection, QObject *parent = nullptr);

    OperatorConnection *connection() const { return m_connection; }

    ApiCall *account(QObject *context, ApiCallback<AccountInfo> done);
    ApiCall *clock(QObject *context, ApiCallback<OperatorClock> done);
    ApiCall *subscribers(QObject *context, ApiCallback<QList<Subscriber>> done);

    ApiCall *invoices(QObject *context, ApiCallback<QList<Invoice>> done);
    ApiCall *invoice(const BillingPeriod &period, QObject *context, ApiCallback<Invoice> done);
    // idempotencyKey on the orders below: a queued order keeps its key, so sending it again after a stop reaches
    // the order already placed; empty means a fresh key for this call.
    ApiCall *repeatInvoice(const BillingPeriod &period, QObject *context, ApiCallback<OrderReceipt> done,
                           const QString &idempotencyKey = QString());

    // idempotencyKey: the same key for the same order, so that ordering again after an answer that was lost
    // or unreadable returns the job already started instead of starting a second one.
    ApiCall *orderInvoiceDocument(const BillingPeriod &period, QObject *context, ApiCallback<InvoiceDocumentJob> done,
                                  const QString &idempotencyKey = QString());
    // waitSeconds > 0: the operator holds the answer until the job changes (long poll), no busy polling.
    ApiCall *invoiceDocumentJob(const QString &jobId, int waitSeconds, QObject *context,
                                ApiCallback<InvoiceDocumentJob> done);
    ApiCall *cancelInvoiceDocument(const QString &jobId, QObject *context, ApiCallback<InvoiceDocumentJob> done);
    ApiCall *renewDownloadLink(const QString &jobId, QObject *context, ApiCallback<DownloadLink> done);

    ApiCall *delivery(QObject *context, ApiCallback<DeliverySettings> done);
    ApiCall *changeDelivery(DeliveryMethod method, const QString &address, QObject *context,
                            ApiCallback<DeliverySettings> done);
    ApiCall *deliveryHistory(QObject *context, ApiCallback<QList<DeliveryChange>> done);

    ApiCall *orderCallDetails(CallDetailsMonth month, const std::optional<QString> &subscriberId,
                              DocumentFormat format, QObject *context, ApiCallback<OrderReceipt> done,
                              const QString &idempotencyKey = QString());
    ApiCall *currentCharges(QObject *context, ApiCallback<CurrentCharges> done);
    ApiCall *orderCurrentCharges(const QStringList &subscriberIds, QObject *context, ApiCallback<OrderReceipt> done,
                                 const QString &idempotencyKey = QString());

    ApiCall *payments(const QDate &from, const QDate &to, QObject *context, ApiCallback<PaymentHistory> done);
    ApiCall *installments(QObject *context, ApiCallback<QList<Installment>> done);
    ApiCall *feedbackMessages(QObject *context, ApiCallback<QList<FeedbackMessage>> done);
    ApiCall *sendFeedback(const QString &topic, const QString &text, const std::optional<FeedbackAttachment> &attachment,
                          QObject *context, ApiCallback<FeedbackMessage> done);
    ApiCall *contacts(QObject *context, ApiCallback<Contacts> done);
    ApiCall *requestCallback(const QString &phone, const QString &comment, QObject *context,
                             ApiCallback<CallbackReceipt> done);

private:
    template<typename T>
    ApiCall *call(const ApiRequest &request, QObject *context, ApiCallback<T> done,
                  ApiResult<T> (*parse)(const QJsonDocument &));

    OperatorConnection *m_connection;
};
