#pragma once

#include "ParsedMail.h"

#include <QByteArray>

// Reads one raw message (RFC 5322, MIME) with GMime: headers, the plain-text body and the attachments,
// within MailLimits. Anything from outside may come in; the outcome says what was wrong with it.
namespace MailParser {

ParsedMail parse(const QByteArray &raw);
// The part of a file name a message may give: no folders, nothing a file system or a reader trips on.
QString safeAttachmentName(const QString &declared);

} // namespace MailParser
