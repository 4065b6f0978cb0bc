#include "security/SessionService.h"

#include "security/PasswordHasher.h"
#include "storage/SandboxDatabase.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

SessionService::SessionService(const SandboxDatabase &database, const SandboxClock &clock,
                               int accessTokenLifetimeSeconds)
    : m_database(database), m_tokens(clock, accessTokenLifetimeSeconds), m_throttle(clock)
{
}

Outcome<IssuedTokens> SessionService::logIn(const QString &login, const QString &password,
                                            const QHostAddress &client)
{
    if (const std::optional<int> seconds = m_throttle.retryAfter(login, client)) {
        return ProblemResponse(ProblemCode::RateLimited, u"Too many failed log-ins; try later."_s)
            .withRetryAfter(*seconds);
    }
    QSqlQuery query = m_database.run(
        u"SELECT id, password_salt, password_hash FROM organisations WHERE login = ?"_s, {login});
    if (!query.next()) {
        // The same work as for a real login, so the answer's time does not tell whether it exists.
        PasswordHasher::spendVerificationTime(password);
        m_throttle.recordFailure(login, client);
        return ProblemResponse(ProblemCode::InvalidCredentials, u"Wrong login or password."_s);
    }
    const QString organisationId = query.value(0).toString();
    const PasswordHash stored{query.value(1).toByteArray(), query.value(2).toByteArray()};
    if (!PasswordHasher::verify(password, stored)) {
        m_throttle.recordFailure(login, client);
        return ProblemResponse(ProblemCode::InvalidCredentials, u"Wrong login or password."_s);
    }
    m_throttle.recordSuccess(login, client);
    if (PasswordHasher::isOutdated(stored))
        upgradeHash(organisationId, password);
    return m_tokens.issue({organisationId, QString()});
}

void SessionService::upgradeHash(const QString &organisationId, const QString &password)
{
    // The only moment the password is at hand: the old, weaker hash is replaced by today's.
    const PasswordHash fresh = PasswordHasher::hash(password);
    const bool stored = m_database.write(
        u"UPDATE organisations SET password_salt = ?, password_hash = ? WHERE id = ?"_s,
        {fresh.salt, fresh.hash, organisationId});
    if (!stored)
        qWarning("sandbox: the password hash of %ls could not be upgraded", qUtf16Printable(organisationId));
}

Outcome<IssuedTokens> SessionService::refresh(const QString &refreshToken)
{
    TokenIdentity identity;
    switch (m_tokens.checkRefresh(refreshToken, &identity)) {
    case TokenState::Unknown:
        return ProblemResponse(ProblemCode::Unauthorized, u"The refresh token is not valid."_s);
    case TokenState::Expired:
        m_tokens.revokeByRefresh(refreshToken);
        return ProblemResponse(ProblemCode::TokenExpired, u"The refresh token has expired."_s);
    case TokenState::Valid:
        break;
    }
    // Rotation: the old pair dies the moment the new one is issued.
    m_tokens.revokeByRefresh(refreshToken);
    return m_tokens.issue(identity);
}

Outcome<TokenIdentity> SessionService::authenticate(const QByteArray &authorizationHeader) const
{
    const QString token = bearerToken(authorizationHeader);
    if (token.isEmpty())
        return ProblemResponse(ProblemCode::Unauthorized, u"A bearer token is required."_s);
    TokenIdentity identity;
    switch (m_tokens.checkAccess(token, &identity)) {
    case TokenState::Unknown:
        return ProblemResponse(ProblemCode::Unauthorized, u"The access token is not valid."_s);
    case TokenState::Expired:
        return ProblemResponse(ProblemCode::TokenExpired, u"The access token has expired."_s);
    case TokenState::Valid:
        break;
    }
    return identity;
}

void SessionService::logOut(const QByteArray &authorizationHeader)
{
    m_tokens.revokeByAccess(bearerToken(authorizationHeader));
}

QString SessionService::bearerToken(const QByteArray &authorizationHeader)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorizationHeader.startsWith(prefix))
        return QString();
    return QString::fromLatin1(authorizationHeader.mid(prefix.size()).trimmed());
}

} // namespace Sandbox
