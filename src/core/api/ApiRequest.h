#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

// One call of the operator's API as the client describes it; OperatorConnection turns it into HTTP.
struct ApiRequest
{
    enum class Method { Get, Post, Put, Delete };
    // What may be repeated after a failure without the user's knowledge.
    enum class Repeat {
        Safe,     // reads and deletes: repeating changes nothing
        Keyed,    // carries an Idempotency-Key: the operator answers a repeat with the first answer
        Never,    // changes state without a key (logging in): never repeated by us
    };

    Method method = Method::Get;
    QString path; // below the API base, starting with '/'
    QUrlQuery query;
    std::optional<QJsonObject> body;
    Repeat repeat = Repeat::Safe;
    bool authenticated = true;
    int longPollSeconds = 0; // RFC 7240 Prefer: wait=N
    // For Repeat::Keyed: the caller's key, when a repeat by the user must also reach the first order;
    // empty means a fresh key for this call.
    QString idempotencyKey;

    static ApiRequest get(const QString &path) { return {Method::Get, path, {}, std::nullopt, Repeat::Safe, true, 0, {}}; }
    // Every POST that changes something at the operator (orders, feedback, call-back requests): Qt's HTTP
    // layer may itself send a request again when a kept-alive connection closes, so the key is what makes
    // a repeat harmless.
    static ApiRequest idempotentPost(const QString &path, const QJsonObject &body)
    {
        return {Method::Post, path, {}, body, Repeat::Keyed, true, 0, {}};
    }
    static ApiRequest post(const QString &path, const QJsonObject &body)
    {
        return {Method::Post, path, {}, body, Repeat::Never, true, 0, {}};
    }
    static ApiRequest put(const QString &path, const QJsonObject &body)
    {
        return {Method::Put, path, {}, body, Repeat::Safe, true, 0, {}};
    }
    static ApiRequest remove(const QString &path) { return {Method::Delete, path, {}, std::nullopt, Repeat::Safe, true, 0, {}}; }
};
