// The sandbox's signed download links: no token made of the fuzzer's bytes verifies (the key is random
// and secret), and a link signed for any grant verifies to exactly that grant.
// Input: "job\norganisation\nsession\ntoken to try".
#include "FuzzInput.h"
#include "SignedLink.h"

using Sandbox::LinkGrant;
using Sandbox::SignedLink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SignedLink links;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    const QList<QByteArray> parts = FuzzInput::lines(FuzzInput::bytes(data, size), 3);

    const Sandbox::Outcome<LinkGrant> tried = links.verify(QString::fromLatin1(parts.at(3)), now);
    FuzzInput::require(Sandbox::problemOf(tried) != nullptr);

    // Field separators cannot be forged into a grant: they are not allowed in its fields.
    for (int i = 0; i < 3; ++i) {
        if (parts.at(i).contains('|'))
            return 0;
    }
    const LinkGrant grant{QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)),
                          QString::fromUtf8(parts.at(2)), now.addSecs(600)};
    const QString token = links.sign(grant);
    if (token.size() > SignedLink::maxTokenLength)
        return 0; // refused as too long, like any other token of that size
    const Sandbox::Outcome<LinkGrant> verified = links.verify(token, now);
    const LinkGrant *back = std::get_if<LinkGrant>(&verified);
    FuzzInput::require(back && back->jobId == grant.jobId && back->organisationId == grant.organisationId
                       && back->sessionId == grant.sessionId && back->expiresAt == grant.expiresAt);
    FuzzInput::require(Sandbox::problemOf(links.verify(token + u'A', now)) != nullptr);
    return 0;
}
