#include "SignedLink.h"

#include "ConstantTime.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <optional>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64UrlText(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                             || c == '-' || c == '_';
        if (!allowed)
            return false;
    }
    return true;
}

// Decodes only the canonical spelling: the bytes must encode back to exactly the same text.
std::optional<QByteArray> decodeCanonical(const QByteArray &text)
{
    if (!isBase64UrlText(text))
        return std::nullopt;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text, base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(base64Options) != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

SignedLink::SignedLink()
    : m_key(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()),
                                          m_key.size() / int(sizeof(quint32)));
}

QString SignedLink::sign(const LinkGrant &grant) const
{
    const QByteArray payload = grant.jobId.toUtf8() + '|' + grant.organisationId.toUtf8() + '|'
        + grant.sessionId.toUtf8() + '|' + QByteArray::number(grant.expiresAt.toSecsSinceEpoch());
    return QString::fromLatin1(payload.toBase64(base64Options) + '.'
                               + mac(payload).toBase64(base64Options));
}

Outcome<LinkGrant> SignedLink::verify(const QString &token, const QDateTime &now) const
{
    const ProblemResponse forged(ProblemCode::Forbidden, u"The download link is not valid."_s);
    if (token.size() > maxTokenLength)
        return forged;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 2)
        return forged;
    const std::optional<QByteArray> payload = decodeCanonical(parts.at(0));
    const std::optional<QByteArray> signature = decodeCanonical(parts.at(1));
    if (!payload || !signature || !constantTimeEquals(*signature, mac(*payload)))
        return forged;
    const QList<QByteArray> fields = payload->split('|');
    if (fields.size() != 4)
        return forged;
    bool numeric = false;
    const qint64 expiry = fields.at(3).toLongLong(&numeric);
    if (!numeric)
        return forged;
    LinkGrant grant{QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)),
                    QString::fromUtf8(fields.at(2)), QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC)};
    if (now >= grant.expiresAt)
        return ProblemResponse(ProblemCode::LinkExpired, u"The download link has expired."_s);
    return grant;
}

QByteArray SignedLink::mac(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_key, QCryptographicHash::Sha256);
}

} // namespace Sandbox
