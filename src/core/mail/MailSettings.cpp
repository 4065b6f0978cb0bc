#include "MailSettings.h"

#include "ImapNames.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("mail_intake");

QString keyOf(MailSettings::Source source)
{
    switch (source) {
    case MailSettings::Source::Imap:
        return QStringLiteral("imap");
    case MailSettings::Source::Maildir:
        return QStringLiteral("maildir");
    case MailSettings::Source::Off:
        break;
    }
    return QStringLiteral("off");
}

QString keyOf(ImapSettings::Security security)
{
    switch (security) {
    case ImapSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case ImapSettings::Security::None:
        return QStringLiteral("none");
    case ImapSettings::Security::Tls:
        break;
    }
    return QStringLiteral("tls");
}
} // namespace

MailSettings MailSettings::load()
{
    QSettings settings;
    settings.beginGroup(Group);
    MailSettings result;
    const QString source = settings.value(QStringLiteral("source")).toString();
    result.source = source == QLatin1String("imap")      ? Source::Imap
                    : source == QLatin1String("maildir") ? Source::Maildir
                                                         : Source::Off;
    result.imap.host = settings.value(QStringLiteral("host")).toString();
    const int port = settings.value(QStringLiteral("port"), 993).toInt();
    result.imap.port = port > 0 && port < 65536 ? quint16(port) : quint16(993);
    const QString security = settings.value(QStringLiteral("security")).toString();
    result.imap.security = security == QLatin1String("starttls") ? ImapSettings::Security::StartTls
                           : security == QLatin1String("none")   ? ImapSettings::Security::None
                                                                  : ImapSettings::Security::Tls;
    result.imap.login = settings.value(QStringLiteral("login")).toString();
    result.imap.folder = settings.value(QStringLiteral("folder"), QStringLiteral("INBOX")).toString();
    result.imap.caCertificatesFile = settings.value(QStringLiteral("ca_file")).toString();
    result.maildir = settings.value(QStringLiteral("maildir")).toString();
    return result;
}

void MailSettings::save() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("source"), keyOf(source));
    settings.setValue(QStringLiteral("host"), imap.host);
    settings.setValue(QStringLiteral("port"), imap.port);
    settings.setValue(QStringLiteral("security"), keyOf(imap.security));
    settings.setValue(QStringLiteral("login"), imap.login);
    settings.setValue(QStringLiteral("folder"), imap.folder);
    settings.setValue(QStringLiteral("ca_file"), imap.caCertificatesFile);
    settings.setValue(QStringLiteral("maildir"), maildir);
}

QString MailSettings::passwordKey(const ImapSettings &imap)
{
    return QStringLiteral("mail/") + imap.sourceId();
}

QString MailSettings::problem() const
{
    switch (source) {
    case Source::Off:
        return {};
    case Source::Maildir:
        return maildir.isEmpty() ? tr("Choose the mail folder.") : QString();
    case Source::Imap:
        break;
    }
    if (imap.host.trimmed().isEmpty())
        return tr("Enter the mail server's address.");
    if (imap.login.trimmed().isEmpty())
        return tr("Enter the mailbox's login.");
    if (imap.folder.trimmed().isEmpty())
        return tr("Enter the folder to read, usually INBOX.");
    if (imap.security == ImapSettings::Security::None && !ImapNames::isLoopback(imap.host))
        return tr("Without encryption the password would cross the network readable by anyone: choose SSL/TLS or "
                  "STARTTLS. Only a server on this computer may be used without encryption.");
    return {};
}
