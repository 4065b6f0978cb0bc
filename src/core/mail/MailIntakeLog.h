#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// What mail intake has looked at, so that nothing is fetched or filed twice: every message of every source
// with its outcome (filed, a duplicate, not the operator's, not recognised and why, unreadable), and per
// IMAP folder its UIDVALIDITY and the last UID seen. A SQLite file of its own beside the archive (the
// archive's database has one owner); written in transactions, so a crash loses at most the message at hand.
class MailIntakeLog
{
    Q_DECLARE_TR_FUNCTIONS(MailIntakeLog)

public:
    enum class Outcome { Filed, Duplicate, NotOperator, NotRecognised, Unreadable };

    struct Entry
    {
        QString source; // "maildir:/path" or "imap://user@host/INBOX"
        QString key;    // the message's key in its source (Maildir name, IMAP UID)
        Outcome outcome = Outcome::NotOperator;
        QString reason; // for the user, when not recognised or unreadable
        QString subject;
        QDateTime lookedAt;
    };

    struct FolderState
    {
        qint64 uidValidity = 0;
        qint64 lastUid = 0;
    };

    explicit MailIntakeLog(const QString &path);
    ~MailIntakeLog();
    MailIntakeLog(const MailIntakeLog &) = delete;
    MailIntakeLog &operator=(const MailIntakeLog &) = delete;

    bool open(QString *error);
    bool hasSeen(const QString &source, const QString &key) const;
    // Every key of the source looked at already, read at once: what a check skips without asking per message.
    QSet<QString> seenKeys(const QString &source) const;
    bool record(const Entry &entry, QString *error);
    // The same, and the IMAP folder's last UID looked at, at once.
    bool record(const Entry &entry, qint64 lastUid, QString *error);
    // The messages that claim to be the operator's but were not recognised, newest first: the visible list.
    QList<Entry> notRecognised() const;

    FolderState folderState(const QString &source) const;
    // A new UIDVALIDITY means the server renumbered the folder: the old UIDs and what was seen by them are
    // forgotten (what was filed stays filed, and the archive's SHA-256 keeps it from being filed again).
    bool startFolder(const QString &source, qint64 uidValidity, QString *error);
    bool setLastUid(const QString &source, qint64 lastUid, QString *error);

private:
    QString m_path;
    QString m_connectionName;
};
