#include "security/TokenStore.h"

#include "server/SandboxClock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Sandbox {

namespace {
constexpr int refreshLifetimeSeconds = 30 * 24 * 3600;
}

TokenStore::TokenStore(const SandboxClock &clock, int accessLifetimeSeconds)
    : m_clock(clock), m_accessLifetimeSeconds(accessLifetimeSeconds)
{
}

IssuedTokens TokenStore::issue(TokenIdentity identity)
{
    if (identity.sessionId.isEmpty())
        identity.sessionId = randomToken();
    const QDateTime now = m_clock.now();
    IssuedTokens tokens{randomToken(), randomToken(), now.addSecs(m_accessLifetimeSeconds),
                        m_accessLifetimeSeconds};
    const QByteArray accessHash = digest(tokens.accessToken);
    const QByteArray refreshHash = digest(tokens.refreshToken);
    m_grantsByAccess.insert(accessHash, Grant{identity, refreshHash, tokens.expiresAt,
                                              now.addSecs(refreshLifetimeSeconds)});
    m_accessByRefresh.insert(refreshHash, accessHash);
    return tokens;
}

TokenState TokenStore::checkAccess(const QString &accessToken, TokenIdentity *identity) const
{
    const auto it = m_grantsByAccess.constFind(digest(accessToken));
    if (it == m_grantsByAccess.constEnd())
        return TokenState::Unknown;
    *identity = it->identity;
    return m_clock.now() < it->accessExpiresAt ? TokenState::Valid : TokenState::Expired;
}

TokenState TokenStore::checkRefresh(const QString &refreshToken, TokenIdentity *identity) const
{
    const QByteArray accessHash = m_accessByRefresh.value(digest(refreshToken));
    const auto it = m_grantsByAccess.constFind(accessHash);
    if (accessHash.isEmpty() || it == m_grantsByAccess.constEnd())
        return TokenState::Unknown;
    *identity = it->identity;
    return m_clock.now() < it->refreshExpiresAt ? TokenState::Valid : TokenState::Expired;
}

void TokenStore::revokeByAccess(const QString &accessToken)
{
    const auto it = m_grantsByAccess.find(digest(accessToken));
    if (it == m_grantsByAccess.end())
        return;
    m_accessByRefresh.remove(it->refreshHash);
    m_grantsByAccess.erase(it);
}

void TokenStore::revokeByRefresh(const QString &refreshToken)
{
    const QByteArray refreshHash = digest(refreshToken);
    m_grantsByAccess.remove(m_accessByRefresh.value(refreshHash));
    m_accessByRefresh.remove(refreshHash);
}

QString TokenStore::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray TokenStore::digest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Sandbox
