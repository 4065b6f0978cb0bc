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

// Random bearer tokens (kept only as SHA-256 hashes) with expiry and refresh rotation.
class TokenStore
{
public:
    TokenStore(const SandboxClock &clock, int accessLifetimeSeconds);

    IssuedTokens issue(const QString &organisationId);
    TokenState checkAccess(const QString &accessToken, QString *organisationId) const;
    TokenState checkRefresh(const QString &refreshToken, QString *organisationId) const;
    void revokeByAccess(const QString &accessToken);
    void revokeByRefresh(const QString &refreshToken);

private:
    struct Grant
    {
        QString organisationId;
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
