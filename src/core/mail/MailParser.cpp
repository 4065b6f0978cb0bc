#include "MailParser.h"

#include "DocumentSniffer.h"
#include "MailLimits.h"
#include "archive/ExportNameTemplate.h"

// GLib's headers use "signals" as a name; Qt defines it as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <memory>
#include <mutex>

namespace {

template<typename T>
struct GObjectDeleter
{
    void operator()(T *object) const { g_object_unref(object); }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, GObjectDeleter<T>>;

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Names and subjects from mailers that write 8-bit Cyrillic without saying so.
GMimeParserOptions *lenientOptions()
{
    static GMimeParserOptions *options = [] {
        GMimeParserOptions *made = g_mime_parser_options_new();
        static const char *charsets[] = {"utf-8", "cp1251", "koi8-r", nullptr};
        g_mime_parser_options_set_fallback_charsets(made, charsets);
        g_mime_parser_options_set_rfc2047_compliance_mode(made, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(made, GMIME_RFC_COMPLIANCE_LOOSE);
        return made;
    }();
    return options;
}

QString nameOf(InternetAddressList *list, int index)
{
    InternetAddress *address = list ? internet_address_list_get_address(list, index) : nullptr;
    return address ? fromUtf8(internet_address_get_name(address)).simplified() : QString();
}

QString mailboxOf(InternetAddressList *list, int index)
{
    InternetAddress *address = list ? internet_address_list_get_address(list, index) : nullptr;
    if (!address || !INTERNET_ADDRESS_IS_MAILBOX(address))
        return {};
    return fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed().toLower();
}

QByteArray decodedContent(GMimePart *part, bool *tooLarge)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, sink.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    if (!bytes)
        return {};
    if (qsizetype(bytes->len) > MailLimits::MaxAttachmentBytes) {
        *tooLarge = true;
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

// Walks the MIME tree by hand (not g_mime_message_foreach) to count the parts and the depth as it goes.
class Walk
{
public:
    explicit Walk(ParsedMail &mail)
        : m_mail(mail)
    {
    }

    // False when a limit was passed; the outcome says which.
    bool visit(GMimeObject *object, int depth)
    {
        if (++m_parts > MailLimits::MaxParts)
            return fail(ParsedMail::Outcome::TooManyParts);
        if (depth > MailLimits::MaxNesting)
            return fail(ParsedMail::Outcome::TooDeep);
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i) {
                if (!visit(g_mime_multipart_get_part(multipart, i), depth + 1))
                    return false;
            }
            return true;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            // A forwarded or bounced message: looked into (for the limits) but not filed from.
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            GMimeObject *body = inner ? g_mime_message_get_mime_part(inner) : nullptr;
            return !body || visit(body, depth + 1);
        }
        if (GMIME_IS_PART(object))
            return takePart(GMIME_PART(object), depth);
        return true;
    }

private:
    bool fail(ParsedMail::Outcome outcome)
    {
        m_mail.outcome = outcome;
        return false;
    }

    bool takePart(GMimePart *part, int depth)
    {
        const bool attachment = g_mime_part_is_attachment(part) || g_mime_part_get_filename(part);
        if (!attachment && depth <= 1 && GMIME_IS_TEXT_PART(part) && m_mail.text.isEmpty()) {
            GMimeContentType *type = g_mime_object_get_content_type(GMIME_OBJECT(part));
            if (g_mime_content_type_is_type(type, "text", "plain")) {
                char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
                m_mail.text = fromUtf8(text).left(MailLimits::MaxTextBytes);
                g_free(text);
            }
            return true;
        }
        if (!attachment)
            return true;
        bool tooLarge = false;
        ParsedMail::Attachment taken;
        taken.bytes = decodedContent(part, &tooLarge);
        if (tooLarge)
            return fail(ParsedMail::Outcome::TooLarge);
        char *declared = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(GMIME_OBJECT(part)));
        taken.declaredType = fromUtf8(declared);
        g_free(declared);
        taken.fileName = MailParser::safeAttachmentName(fromUtf8(g_mime_part_get_filename(part)));
        taken.sniffedType = DocumentSniffer::typeOf(taken.bytes);
        m_mail.attachments.append(taken);
        return true;
    }

    ParsedMail &m_mail;
    int m_parts = 0;
};

} // namespace

namespace MailParser {

QString safeAttachmentName(const QString &declared)
{
    const qsizetype lastSeparator = qMax(declared.lastIndexOf(QLatin1Char('/')), declared.lastIndexOf(QLatin1Char('\\')));
    return ExportNameTemplate::safeFileName(declared.mid(lastSeparator + 1));
}

// GMime parses nested parts recursively: a message of thousands of nested multiparts is refused before
// it is parsed, by counting what could open a level.
bool mayOpenTooManyLevels(const QByteArray &raw)
{
    const QByteArray lower = raw.toLower();
    return lower.count("multipart/") + lower.count("message/rfc822") > MailLimits::MaxParts;
}

ParsedMail parse(const QByteArray &raw)
{
    ParsedMail mail;
    if (raw.size() > MailLimits::MaxMessageBytes) {
        mail.outcome = ParsedMail::Outcome::TooLarge;
        return mail;
    }
    if (mayOpenTooManyLevels(raw)) {
        mail.outcome = ParsedMail::Outcome::TooManyParts;
        return mail;
    }
    initialiseOnce();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), lenientOptions()));
    if (!message || !g_mime_message_get_mime_part(message.get()))
        return mail; // Malformed

    mail.messageId = fromUtf8(g_mime_message_get_message_id(message.get()));
    mail.subject = fromUtf8(g_mime_message_get_subject(message.get())).simplified();
    if (GDateTime *date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    mail.fromAddress = mailboxOf(g_mime_message_get_from(message.get()), 0);
    mail.fromName = nameOf(g_mime_message_get_from(message.get()), 0);
    InternetAddressList *to = g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO);
    for (int i = 0; to && i < internet_address_list_length(to); ++i) {
        if (const QString address = mailboxOf(to, i); !address.isEmpty())
            mail.toAddresses.append(address);
    }
    mail.operatorOrderId =
        fromUtf8(g_mime_object_get_header(GMIME_OBJECT(message.get()), "X-Operator-Order-Id")).trimmed().left(128);

    mail.outcome = ParsedMail::Outcome::Read;
    Walk walk(mail);
    if (!walk.visit(g_mime_message_get_mime_part(message.get()), 0)) {
        mail.attachments.clear();
        mail.text.clear();
    }
    return mail;
}

} // namespace MailParser
