#pragma once

#include <QString>

// Where the accountant's mailbox is. The password is not here: it lives in the keychain (or is asked for
// each time), and is handed to the IMAP reader only for the connection.
struct ImapSettings
{
    enum class Security {
        Tls,      // implicit TLS, usually port 993
        StartTls, // plain connection upgraded before the login, usually port 143
        None,     // no encryption: refused for anything but a loopback address
    };

    QString host;
    quint16 port = 993;
    Security security = Security::Tls;
    QString login;
    QString folder = QStringLiteral("INBOX");
    // Extra certificate authorities in PEM (a company's own, or a test's); empty means the system's only.
    QString caCertificatesFile;

    bool isComplete() const { return !host.isEmpty() && port != 0 && !login.isEmpty() && !folder.isEmpty(); }
    // How the intake log knows this folder: "imap://login@host:port/folder".
    QString sourceId() const
    {
        return QStringLiteral("imap://%1@%2:%3/%4").arg(login, host, QString::number(port), folder);
    }
};
