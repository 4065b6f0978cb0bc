#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sandbox {

struct LinkGrant
{
    QString jobId;
    QString organisationId;
    QString sessionId; // the log-in it was handed out in: a link dies with its session
    QDateTime expiresAt;
};

// Download link tokens: job, organisation, session and expiry signed with HMAC-SHA256 under a key
// that is random per sandbox start. A token is accepted only in its one canonical spelling.
class SignedLink
{
public:
    static constexpr qsizetype maxTokenLength = 1024;

    SignedLink();

    QString sign(const LinkGrant &grant) const;
    // Bad signature or any other spelling of a token → forbidden; past its expiry → link_expired.
    Outcome<LinkGrant> verify(const QString &token, const QDateTime &now) const;

private:
    QByteArray mac(const QByteArray &payload) const;

    QByteArray m_key;
};

} // namespace Sandbox
