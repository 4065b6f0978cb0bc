#pragma once

#include "api/AccessTokenSource.h"
#include "api/ApiResult.h"
#include "domain/SessionTokens.h"

#include <QObject>
#include <QPointer>

#include <functional>

class OperatorConnection;

// The logged-in state with one operator account: holds the tokens in memory only, renews them once when
// they expire (several calls waiting on one renewal), and ends the session at the operator on log-out.
class OperatorSession : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    explicit OperatorSession(OperatorConnection *connection, QObject *parent = nullptr);
    ~OperatorSession() override;

    bool isActive() const { return !m_tokens.accessToken.isEmpty(); }
    const SessionTokens &tokens() const { return m_tokens; }

    void logIn(const QString &login, const QString &password, QObject *context,
               std::function<void(const ApiResult<SessionTokens> &)> done);
    // Starts from tokens kept from an earlier run: renews them at once, so a revoked pair is found early.
    void resume(const SessionTokens &tokens, QObject *context, std::function<void(bool resumed)> done);
    void logOut(QObject *context, std::function<void()> done);

    QString accessToken() const override { return m_tokens.accessToken; }
    void renewAccessToken(QObject *context, std::function<void(bool renewed)> done) override;

signals:
    void tokensChanged(const SessionTokens &tokens);
    void ended();

private:
    void setTokens(const SessionTokens &tokens);
    void finishRenewal(bool renewed);

    // Guarded: the session may be the connection's child, and then outlives it by a moment.
    QPointer<OperatorConnection> m_connection;
    SessionTokens m_tokens;
    bool m_renewing = false;
    QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_renewalWaiters;
};
