#include "SignedLink.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

SignedLink::SignedLink()
    : m_key(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()),
                                          m_key.size() / int(sizeof(quint32)));
}

QString SignedLink::sign(const LinkGrant &grant) const
{
    const QByteArray payload = grant.jobId.toUtf8() + '|' + grant.organisationId.toUtf8() + '|'
        + QByteArray::number(grant.expiresAt.toSecsSinceEpoch());
    return QString::fromLatin1(payload.toBase64(base64Options) + '.'
                               + mac(payload).toBase64(base64Options));
}

Outcome<LinkGrant> SignedLink::verify(const QString &token, const QDateTime &now) const
{
    const ProblemResponse forged(ProblemCode::Forbidden, u"The download link is not valid."_s);
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 2)
        return forged;
    const QByteArray payload = QByteArray::fromBase64(parts.at(0), base64Options);
    const QByteArray signature = QByteArray::fromBase64(parts.at(1), base64Options);
    if (signature.isEmpty() || signature != mac(payload))
        return forged;
    const QList<QByteArray> fields = payload.split('|');
    if (fields.size() != 3)
        return forged;
    LinkGrant grant{QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)),
                    QDateTime::fromSecsSinceEpoch(fields.at(2).toLongLong(), Qt::UTC)};
    if (now >= grant.expiresAt)
        return ProblemResponse(ProblemCode::LinkExpired, u"The download link has expired."_s);
    return grant;
}

QByteArray SignedLink::mac(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_key, QCryptographicHash::Sha256);
}

} // namespace Sandbox
