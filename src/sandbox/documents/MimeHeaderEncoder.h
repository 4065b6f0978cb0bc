#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

// Writes header fields that survive 7-bit transport: RFC 2047 encoded-words for non-ASCII text,
// RFC 2231 parameters for file names, folded so no line exceeds 78 characters. No trailing CRLF.
class MimeHeaderEncoder
{
public:
    // "Subject: ..." and the like.
    static QByteArray unstructured(const QByteArray &name, const QString &value);
    // "To: user@host" or "To: Display Name <user@host>" with the display name encoded when needed.
    static QByteArray address(const QByteArray &name, const QString &displayName, const QString &addrSpec);
    // "Content-Disposition: attachment; filename=..." with an ASCII fallback beside the UTF-8 name.
    static QByteArray attachmentDisposition(const QString &fileName);
    // "Content-Type: <type>; name=<ASCII fallback>" for mail readers that ignore Content-Disposition.
    static QByteArray attachmentContentType(const QString &contentType, const QString &fileName);
    // The file name in printable ASCII, Russian letters transliterated.
    static QString asciiFileName(const QString &fileName);

    static constexpr int maxLineLength = 78;
};

} // namespace Sandbox
