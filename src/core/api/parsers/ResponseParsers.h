#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "domain/AccountInfo.h"
#include "domain/CallbackReceipt.h"
#include "domain/Contacts.h"
#include "domain/CurrentCharges.h"
#include "domain/DeliveryChange.h"
#include "domain/DeliverySettings.h"
#include "domain/DownloadLink.h"
#include "domain/FeedbackMessage.h"
#include "domain/Installment.h"
#include "domain/Invoice.h"
#include "domain/InvoiceDocumentJob.h"
#include "domain/OperatorClock.h"
#include "domain/OrderReceipt.h"
#include "domain/PaymentHistory.h"
#include "domain/SessionTokens.h"
#include "domain/Subscriber.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>

// Pure functions that turn the operator's answers into domain values or typed errors, strictly by the
// contract (docs/operator-api.yaml): a missing or wrong-typed member, a value outside the contract or
// a body that is not what was promised is an ApiError::Kind::Protocol, never a default. Unknown extra
// members are tolerated so that the operator can add some.
namespace ResponseParsers {

ApiResult<SessionTokens> sessionTokens(const QJsonDocument &);
ApiResult<AccountInfo> account(const QJsonDocument &);
ApiResult<OperatorClock> clock(const QJsonDocument &);
ApiResult<QList<Subscriber>> subscribers(const QJsonDocument &);
ApiResult<QList<Invoice>> invoices(const QJsonDocument &);
ApiResult<Invoice> invoice(const QJsonDocument &);          // with lines
ApiResult<OrderReceipt> orderReceipt(const QJsonDocument &); // repeat, call details, charges orders
ApiResult<InvoiceDocumentJob> documentJob(const QJsonDocument &);
ApiResult<DownloadLink> downloadLink(const QJsonDocument &);
ApiResult<DeliverySettings> delivery(const QJsonDocument &);
ApiResult<QList<DeliveryChange>> deliveryHistory(const QJsonDocument &);
ApiResult<CurrentCharges> currentCharges(const QJsonDocument &);
ApiResult<PaymentHistory> payments(const QJsonDocument &);
ApiResult<QList<Installment>> installments(const QJsonDocument &);
ApiResult<QList<FeedbackMessage>> feedbackMessages(const QJsonDocument &);
ApiResult<FeedbackMessage> feedbackMessage(const QJsonDocument &);
ApiResult<Contacts> contacts(const QJsonDocument &);
ApiResult<CallbackReceipt> callbackReceipt(const QJsonDocument &);

// Turns a non-2xx answer into an ApiError: an RFC 9457 problem+json body → Kind::Problem with code, status,
// detail, reopens_at, retry_after / Retry-After header (delta-seconds or HTTP-date), available_periods, errors[];
// a body that is not a problem (HTML from a proxy, empty, wrong content type) → Kind::Problem with code
// derived from the status ("service_unavailable" for 502/503/504, "internal_error" for 500, "rate_limited" for 429,
// "unauthorized" for 401, "not_found" for 404, else "http_<status>") — never a crash.
ApiError problem(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                 const QByteArray &retryAfterHeader, const QDateTime &now);

// Checks a success answer's content type is JSON (application/json, with or without charset) and parses it;
// anything else → ApiError::protocol.
ApiResult<QJsonDocument> jsonBody(const QByteArray &contentType, const QByteArray &body);

} // namespace ResponseParsers
