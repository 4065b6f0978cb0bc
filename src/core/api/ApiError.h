#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Why an operator call failed: a transport fault, a response we cannot trust, or the operator's own answer.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,   // no connection, connection dropped, DNS
        Timeout,   // no answer in time
        Tls,       // certificate or TLS failure, never ignored
        Protocol,  // the answer is not what the contract says (bad JSON, wrong type, missing field)
        Problem,   // the operator refused with an RFC 9457 problem and a code
        Cancelled, // the user or the app cancelled the call
        Session,   // the session ended and the user has to log in again
        Redirected, // the answer pointed off the operator's origin; the request was not followed there
        UnsafeAddress, // the operator's address fails OperatorUrlPolicy: nothing was sent
    };

    struct FieldError
    {
        QString field;
        QString message;
    };

    Kind kind = Kind::Network;
    QString code;      // the operator's machine-readable code, for Problem
    int httpStatus = 0;
    QString detail;    // technical detail for logs; never shown as the only explanation
    QDateTime reopensAt;
    int retryAfterSeconds = -1;
    QStringList availablePeriods;
    QList<FieldError> fieldErrors;

    static ApiError network(const QString &detail) { return {Kind::Network, {}, 0, detail, {}, -1, {}, {}}; }
    static ApiError timeout() { return {Kind::Timeout, {}, 0, {}, {}, -1, {}, {}}; }
    static ApiError tls(const QString &detail) { return {Kind::Tls, {}, 0, detail, {}, -1, {}, {}}; }
    static ApiError protocol(const QString &detail) { return {Kind::Protocol, {}, 0, detail, {}, -1, {}, {}}; }
    static ApiError cancelled() { return {Kind::Cancelled, {}, 0, {}, {}, -1, {}, {}}; }
    static ApiError redirected(const QString &detail) { return {Kind::Redirected, {}, 0, detail, {}, -1, {}, {}}; }
    static ApiError unsafeAddress(const QString &problem) { return {Kind::UnsafeAddress, {}, 0, problem, {}, -1, {}, {}}; }
    static ApiError sessionEnded() { return {Kind::Session, {}, 401, {}, {}, -1, {}, {}}; }
    static ApiError problem(const QString &code, int status, const QString &detail = {})
    {
        return {Kind::Problem, code, status, detail, {}, -1, {}, {}};
    }

    bool isProblem(QStringView operatorCode) const { return kind == Kind::Problem && code == operatorCode; }
    // A clear sentence for the user, in the interface language.
    QString userMessage() const;
};
