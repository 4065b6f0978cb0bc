#include "OperatorSession.h"

#include "api/ApiCall.h"
#include "api/OperatorConnection.h"
#include "api/parsers/ResponseParsers.h"

#include <QJsonDocument>
#include <QPointer>

namespace {
ApiResult<SessionTokens> tokensFrom(const ApiCall *call)
{
    if (!call->isOk())
        return call->error();
    const ApiResult<QJsonDocument> json = ResponseParsers::jsonBody(call->contentType(), call->body());
    if (!json.isOk())
        return json.error();
    return ResponseParsers::sessionTokens(json.value());
}
} // namespace

OperatorSession::OperatorSession(OperatorConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_connection->setTokenSource(this);
}

OperatorSession::~OperatorSession()
{
    // When the connection is our parent it is already being destroyed (its QPointer is null by then);
    // calling into it would be a call on an object that is no longer an OperatorConnection.
    if (m_connection && m_connection->tokenSource() == this)
        m_connection->setTokenSource(nullptr);
}

void OperatorSession::setTokens(const SessionTokens &tokens)
{
    m_tokens = tokens;
    emit tokensChanged(m_tokens);
}

void OperatorSession::logIn(const QString &login, const QString &password, QObject *context,
                            std::function<void(const ApiResult<SessionTokens> &)> done)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/session"),
                                          {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    request.authenticated = false;
    ApiCall *call = m_connection->send(request);
    connect(call, &ApiCall::finished, context, [this, call, done = std::move(done)] {
        const ApiResult<SessionTokens> result = tokensFrom(call);
        if (result.isOk())
            setTokens(result.value());
        done(result);
    });
}

void OperatorSession::resume(const SessionTokens &tokens, QObject *context, std::function<void(bool)> done)
{
    m_tokens = tokens;
    renewAccessToken(context, std::move(done));
}

void OperatorSession::renewAccessToken(QObject *context, std::function<void(bool)> done)
{
    m_renewalWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_renewing)
        return;
    if (m_tokens.refreshToken.isEmpty())
        return finishRenewal(false);
    m_renewing = true;
    ApiRequest request = ApiRequest::post(QStringLiteral("/session/refresh"),
                                          {{QStringLiteral("refresh_token"), m_tokens.refreshToken}});
    request.authenticated = false;
    request.repeat = ApiRequest::Repeat::Safe; // a refresh that got lost is refused on repeat, never doubled
    ApiCall *call = m_connection->send(request);
    connect(call, &ApiCall::finished, this, [this, call] {
        const ApiResult<SessionTokens> result = tokensFrom(call);
        if (result.isOk())
            setTokens(result.value());
        finishRenewal(result.isOk());
    });
}

void OperatorSession::finishRenewal(bool renewed)
{
    m_renewing = false;
    if (!renewed && isActive()) {
        m_tokens = {};
        emit ended();
    }
    const auto waiters = std::exchange(m_renewalWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(renewed);
    }
}

void OperatorSession::logOut(QObject *context, std::function<void()> done)
{
    if (!isActive()) {
        done();
        return;
    }
    ApiCall *call = m_connection->send(ApiRequest::remove(QStringLiteral("/session")));
    // The tokens are forgotten here whatever the operator answers: the user asked to leave.
    connect(call, &ApiCall::finished, context, [this, done = std::move(done)] {
        m_tokens = {};
        emit ended();
        done();
    });
}
