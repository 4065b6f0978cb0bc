#pragma once

#include "mail/ImapSettings.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real IMAP server for a test: a throwaway Dovecot master on loopback (plain IMAP with STARTTLS, and
// implicit TLS, on free ports; a self-signed certificate for 127.0.0.1 made at start), one user whose mail is
// the Maildir the test gives. Configuration, certificate, sockets and log live in a temporary folder; stop()
// and the destructor end the master and every process it started.
class DovecotFixture
{
public:
    DovecotFixture();
    ~DovecotFixture();
    DovecotFixture(const DovecotFixture &) = delete;
    DovecotFixture &operator=(const DovecotFixture &) = delete;

    // Serves `maildir` (created if missing; as root, handed to an unprivileged user). False, with the reason
    // in the test's log, when Dovecot or openssl is missing or the server does not greet in time.
    bool start(const QString &maildir);
    // Returns once the server is gone: connections it had are closed, its ports refuse.
    void stop();
    bool restart();
    bool isRunning() const { return m_master.state() != QProcess::NotRunning; }

    // 127.0.0.1, the port for that security (the plain one for STARTTLS and none), the user, INBOX, caFile().
    ImapSettings imapSettings(ImapSettings::Security security) const;
    QString password() const;
    // The server's self-signed certificate, the one authority a client should trust for it.
    QString caFile() const;

    // Makes Dovecot forget the folder's numbering (its UID list and indexes, removed while it is stopped):
    // the same messages come back under a new UIDVALIDITY.
    bool renumber();
    // Messages without \Seen as the Maildir keeps them on disk (flags after ":2,"), not as Dovecot says.
    int unseenOnDisk() const;
    // Logins Dovecot has logged so far; exact once it has stopped (its log process writes a moment later).
    int logins() const;
    // Dovecot's log, for a failure message.
    QString log() const;

private:
    bool makeCertificate();
    bool writeConfiguration(const QString &maildir);
    bool waitUntilGreeting();
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcess m_master;
    QString m_maildir;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
};
