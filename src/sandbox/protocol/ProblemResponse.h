#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

// The stable machine-readable error codes of the contract (docs/operator-api.yaml).
enum class ProblemCode {
    ValidationFailed,
    PayloadTooLarge,
    InvalidCredentials,
    Unauthorized,
    TokenExpired,
    Forbidden,
    NotFound,
    LinkExpired,
    InvoicingBlackout,
    PeriodUnavailable,
    InvalidEmail,
    InvalidPhone,
    IdempotencyConflict,
    JobFinished,
    JobNotReady,
    RateLimited,
    ServiceUnavailable,
    InternalError,
};

// Builds one RFC 9457 application/problem+json answer.
class ProblemResponse
{
public:
    ProblemResponse(ProblemCode code, const QString &detail);

    ProblemResponse &withMember(const QString &name, const QJsonValue &value);
    ProblemResponse &withFieldError(const QString &field, const QString &message);
    ProblemResponse &withRetryAfter(int seconds);
    ProblemResponse &withStatus(int status);

    int status() const { return m_status; }
    QString code() const;
    QJsonObject body() const;
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }

    static QString codeText(ProblemCode code);

private:
    ProblemCode m_code;
    int m_status;
    QJsonObject m_body;
    QJsonArray m_fieldErrors;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace Sandbox
