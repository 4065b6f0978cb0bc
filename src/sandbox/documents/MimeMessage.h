#pragma once

#include "OutgoingMail.h"

#include <QByteArray>
#include <QString>

namespace Sandbox {

// Writes an OutgoingMail as an RFC 5322 message: multipart/mixed MIME, base64 parts, CRLF throughout.
class MimeMessage
{
public:
    // Empty when an address cannot be written as given; *errorMessage then says why.
    static QByteArray compose(const OutgoingMail &mail, QString *errorMessage = nullptr);
};

} // namespace Sandbox
