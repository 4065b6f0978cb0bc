#include "SessionService.h"

#include "PasswordHasher.h"
#include "SandboxDatabase.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

SessionService::SessionService(const SandboxDatabase &database, const SandboxClock &clock,
                               int accessTokenLifetimeSeconds)
    : m_database(database), m_tokens(clock, accessTokenLifetimeSeconds), m_throttle(clock)
{
}

Outcome<IssuedTokens> SessionService::logIn(const QString &login, const QString &password)
{
    if (const std::optional<int> seconds = m_throttle.lockedFor(login)) {
        return ProblemResponse(ProblemCode::RateLimited, u"Too many failed log-ins; try later."_s)
            .withRetryAfter(*seconds);
    }
    QSqlQuery query = m_database.run(
        u"SELECT id, password_salt, password_hash FROM organisations WHERE login = ?"_s, {login});
    if (query.next()
        && PasswordHasher::verify(password, {query.value(1).toByteArray(),
                                             query.value(2).toByteArray()})) {
        m_throttle.recordSuccess(login);
        return m_tokens.issue(query.value(0).toString());
    }
    m_throttle.recordFailure(login);
    return ProblemResponse(ProblemCode::InvalidCredentials, u"Wrong login or password."_s);
}

Outcome<IssuedTokens> SessionService::refresh(const QString &refreshToken)
{
    QString organisationId;
    switch (m_tokens.checkRefresh(refreshToken, &organisationId)) {
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
    return m_tokens.issue(organisationId);
}

Outcome<QString> SessionService::authenticate(const QByteArray &authorizationHeader) const
{
    const QString token = bearerToken(authorizationHeader);
    if (token.isEmpty())
        return ProblemResponse(ProblemCode::Unauthorized, u"A bearer token is required."_s);
    QString organisationId;
    switch (m_tokens.checkAccess(token, &organisationId)) {
    case TokenState::Unknown:
        return ProblemResponse(ProblemCode::Unauthorized, u"The access token is not valid."_s);
    case TokenState::Expired:
        return ProblemResponse(ProblemCode::TokenExpired, u"The access token has expired."_s);
    case TokenState::Valid:
        break;
    }
    return organisationId;
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
