#include "MimeMessage.h"

#include "MimeHeaderEncoder.h"
#include "OperatorTimeZone.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <optional>

namespace Sandbox {

namespace {

constexpr qsizetype base64LineLength = 76; // RFC 2045, section 6.8

struct Mailbox
{
    QString displayName;
    QString addrSpec;
};

std::optional<Mailbox> parseMailbox(const QString &text)
{
    static const QRegularExpression withName(QStringLiteral("^(.*)<([^<>]*)>\\s*$"));
    static const QRegularExpression addrSpec(QStringLiteral("^[!#-'*+\\-./0-9=?A-Z^-~]+@[A-Za-z0-9.\\-]+$"));
    const QRegularExpressionMatch match = withName.match(text.trimmed());
    Mailbox mailbox = match.hasMatch() ? Mailbox{match.captured(1).trimmed(), match.captured(2).trimmed()}
                                       : Mailbox{QString(), text.trimmed()};
    if (mailbox.displayName.startsWith(QLatin1Char('"')) && mailbox.displayName.endsWith(QLatin1Char('"'))
        && mailbox.displayName.size() >= 2) {
        mailbox.displayName = mailbox.displayName.mid(1, mailbox.displayName.size() - 2);
    }
    if (!addrSpec.match(mailbox.addrSpec).hasMatch())
        return std::nullopt;
    return mailbox;
}

QByteArray rfc5322Date(const QDateTime &moment)
{
    const QDateTime local = moment.toTimeZone(OperatorTimeZone::zone());
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const QString offset = QStringLiteral("%1%2%3")
                               .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(qAbs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(qAbs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + offset).toLatin1();
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype start = 0; start < encoded.size(); start += base64LineLength)
        lines += encoded.mid(start, base64LineLength) + "\r\n";
    return lines;
}

QByteArray canonicalText(QString text)
{
    // Text parts travel with CRLF line breaks (RFC 2046, section 4.1.1).
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.replace(QLatin1Char('\n'), QLatin1String("\r\n")).toUtf8();
}

QByteArray randomBoundary()
{
    // "=_" cannot occur in base64 text, so no part can contain the boundary.
    QByteArray random(18, Qt::Uninitialized);
    for (char &byte : random)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return "=_sipcabinet_" + random.toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray messageId(const Mailbox &from)
{
    const QString domain = from.addrSpec.section(QLatin1Char('@'), 1);
    return '<' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toLatin1() + '>';
}

QByteArray attachmentPart(const MailAttachment &attachment)
{
    return MimeHeaderEncoder::attachmentContentType(attachment.contentType, attachment.fileName) + "\r\n"
        + MimeHeaderEncoder::attachmentDisposition(attachment.fileName) + "\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(attachment.data);
}

} // namespace

QByteArray MimeMessage::compose(const OutgoingMail &mail, QString *errorMessage)
{
    const std::optional<Mailbox> from = parseMailbox(mail.from);
    const std::optional<Mailbox> to = parseMailbox(mail.to);
    if (!from || !to) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Not a usable e-mail address: %1").arg(from ? mail.to : mail.from);
        return {};
    }
    const QByteArray boundary = randomBoundary();
    QByteArray message;
    message += "Date: " + rfc5322Date(mail.sentAt.isValid() ? mail.sentAt : QDateTime::currentDateTimeUtc()) + "\r\n";
    message += MimeHeaderEncoder::address("From", from->displayName, from->addrSpec) + "\r\n";
    message += MimeHeaderEncoder::address("To", to->displayName, to->addrSpec) + "\r\n";
    message += MimeHeaderEncoder::unstructured("Subject", mail.subject) + "\r\n";
    message += "Message-ID: " + messageId(*from) + "\r\n";
    if (!mail.orderId.isEmpty())
        message += "X-Operator-Order-Id: " + mail.orderId.toLatin1() + "\r\n";
    // Mail from the operator's robot: auto-responders must not answer it (RFC 3834).
    message += "Auto-Submitted: auto-generated\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    message += "This is a multi-part message in MIME format.\r\n";

    message += "--" + boundary + "\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    message += base64Lines(canonicalText(mail.bodyText));
    for (const MailAttachment &attachment : mail.attachments)
        message += "--" + boundary + "\r\n" + attachmentPart(attachment);
    message += "--" + boundary + "--\r\n";
    return message;
}

} // namespace Sandbox
