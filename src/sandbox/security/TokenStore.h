#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxClock;

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    int expiresIn = 0;
};

enum class TokenState { Valid, Unknown, Expired };

// Who a token speaks for: the organisation, and the log-in (kept across refreshes) it came from.
struct TokenIdentity
{
    QString organisationId;
    QString sessionId;
};

// Random bearer tokens (kept only as SHA-256 hashes) with expiry and refresh rotation.
class TokenStore
{
public:
    TokenStore(const SandboxClock &clock, int accessLifetimeSeconds);

    // A new log-in when identity.sessionId is empty; a refresh of that session otherwise.
    IssuedTokens issue(TokenIdentity identity);
    TokenState checkAccess(const QString &accessToken, TokenIdentity *identity) const;
    TokenState checkRefresh(const QString &refreshToken, TokenIdentity *identity) const;
    void revokeByAccess(const QString &accessToken);
    void revokeByRefresh(const QString &refreshToken);

private:
    struct Grant
    {
        TokenIdentity identity;
        QByteArray refreshHash;
        QDateTime accessExpiresAt;
        QDateTime refreshExpiresAt;
    };

    static QString randomToken();
    static QByteArray digest(const QString &token);

    const SandboxClock &m_clock;
    int m_accessLifetimeSeconds;
    QHash<QByteArray, Grant> m_grantsByAccess;
    QHash<QByteArray, QByteArray> m_accessByRefresh;
};

} // namespace Sandbox
