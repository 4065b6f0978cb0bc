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
    QDateTime expiresAt;
};

// Download link tokens: job, organisation and expiry signed with HMAC-SHA256 under a key that is
// random per sandbox start.
class SignedLink
{
public:
    SignedLink();

    QString sign(const LinkGrant &grant) const;
    // Bad signature → forbidden; past its expiry → link_expired.
    Outcome<LinkGrant> verify(const QString &token, const QDateTime &now) const;

private:
    QByteArray mac(const QByteArray &payload) const;

    QByteArray m_key;
};

} // namespace Sandbox
