// MailParser::parse on any bytes, as mail intake gets them from a mailbox: never crashes, never hangs on a
// bomb, keeps every limit, and a name it gives an attachment is a plain file name.
#include "FuzzInput.h"
#include "mail/MailLimits.h"
#include "mail/MailParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ParsedMail mail = MailParser::parse(FuzzInput::bytes(data, size));
    if (mail.outcome != ParsedMail::Outcome::Read)
        FuzzInput::require(mail.attachments.isEmpty());
    FuzzInput::require(mail.attachments.size() <= MailLimits::MaxParts);
    FuzzInput::require(mail.text.size() <= MailLimits::MaxTextBytes);
    for (const ParsedMail::Attachment &attachment : mail.attachments) {
        FuzzInput::require(attachment.bytes.size() <= MailLimits::MaxAttachmentBytes);
        const QString &name = attachment.fileName;
        FuzzInput::require(!name.isEmpty() && name != QLatin1String(".") && name != QLatin1String(".."));
        for (const QChar c : name) {
            FuzzInput::require(c != QLatin1Char('/') && c != QLatin1Char('\\') && c.unicode() >= 0x20
                               && c.category() != QChar::Other_Format);
        }
        FuzzInput::require(MailParser::safeAttachmentName(name) == name); // already safe: idempotent
    }
    return 0;
}
