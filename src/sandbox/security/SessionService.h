#pragma once

#include "security/LoginThrottle.h"
#include "Outcome.h"
#include "security/TokenStore.h"

namespace Sandbox {

class SandboxDatabase;

// Logging in, refreshing and revoking sessions; turning a bearer header into an organisation.
class SessionService
{
public:
    SessionService(const SandboxDatabase &database, const SandboxClock &clock,
                   int accessTokenLifetimeSeconds);

    Outcome<IssuedTokens> logIn(const QString &login, const QString &password, const QHostAddress &client);
    Outcome<IssuedTokens> refresh(const QString &refreshToken);
    Outcome<TokenIdentity> authenticate(const QByteArray &authorizationHeader) const;
    void logOut(const QByteArray &authorizationHeader);

private:
    void upgradeHash(const QString &organisationId, const QString &password);
    static QString bearerToken(const QByteArray &authorizationHeader);

    const SandboxDatabase &m_database;
    TokenStore m_tokens;
    LoginThrottle m_throttle;
};

} // namespace Sandbox
