#include "ProblemResponse.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

struct ProblemKind {
    ProblemCode code;
    const char *text;
    int status;
    const char *title;
};

constexpr ProblemKind kinds[] = {
    {ProblemCode::ValidationFailed, "validation_failed", 400, "The request is not valid"},
    {ProblemCode::PayloadTooLarge, "payload_too_large", 413, "The request body is too large"},
    {ProblemCode::InvalidCredentials, "invalid_credentials", 401, "Wrong login or password"},
    {ProblemCode::Unauthorized, "unauthorized", 401, "Authentication required"},
    {ProblemCode::TokenExpired, "token_expired", 401, "The access token has expired"},
    {ProblemCode::Forbidden, "forbidden", 403, "Access denied"},
    {ProblemCode::NotFound, "not_found", 404, "Not found"},
    {ProblemCode::LinkExpired, "link_expired", 410, "The download link has expired"},
    {ProblemCode::InvoicingBlackout, "invoicing_blackout", 409, "Ordering is closed until the 4th"},
    {ProblemCode::PeriodUnavailable, "period_unavailable", 422, "The period is not available"},
    {ProblemCode::InvalidEmail, "invalid_email", 422, "The e-mail address is not valid"},
    {ProblemCode::InvalidPhone, "invalid_phone", 422, "The phone number is not valid"},
    {ProblemCode::IdempotencyConflict, "idempotency_conflict", 409,
     "The idempotency key was used with a different request"},
    {ProblemCode::JobFinished, "job_finished", 409, "The job has already finished"},
    {ProblemCode::JobNotReady, "job_not_ready", 409, "The document is not ready"},
    {ProblemCode::RateLimited, "rate_limited", 429, "Too many requests"},
    {ProblemCode::ServiceUnavailable, "service_unavailable", 503, "Service unavailable"},
    {ProblemCode::InternalError, "internal_error", 500, "Internal error"},
};

const ProblemKind &kindOf(ProblemCode code)
{
    for (const ProblemKind &kind : kinds) {
        if (kind.code == code)
            return kind;
    }
    return kinds[0];
}

} // namespace

ProblemResponse::ProblemResponse(ProblemCode code, const QString &detail)
    : m_code(code), m_status(kindOf(code).status)
{
    const ProblemKind &kind = kindOf(code);
    m_body.insert(u"type"_s, u"https://sipcabinet.example/problems/"_s + QLatin1String(kind.text));
    m_body.insert(u"title"_s, QLatin1String(kind.title));
    m_body.insert(u"detail"_s, detail);
    m_body.insert(u"code"_s, QLatin1String(kind.text));
}

ProblemResponse &ProblemResponse::withMember(const QString &name, const QJsonValue &value)
{
    m_body.insert(name, value);
    return *this;
}

ProblemResponse &ProblemResponse::withFieldError(const QString &field, const QString &message)
{
    m_fieldErrors.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
    return *this;
}

ProblemResponse &ProblemResponse::withRetryAfter(int seconds)
{
    m_headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    m_body.insert(u"retry_after"_s, seconds);
    return *this;
}

ProblemResponse &ProblemResponse::withStatus(int status)
{
    m_status = status;
    return *this;
}

QString ProblemResponse::code() const
{
    return codeText(m_code);
}

QJsonObject ProblemResponse::body() const
{
    QJsonObject body = m_body;
    body.insert(u"status"_s, m_status);
    if (m_code == ProblemCode::ValidationFailed || !m_fieldErrors.isEmpty())
        body.insert(u"errors"_s, m_fieldErrors);
    return body;
}

QString ProblemResponse::codeText(ProblemCode code)
{
    return QLatin1String(kindOf(code).text);
}

} // namespace Sandbox
