#pragma once

#include "ImapSettings.h"
#include "MailFiler.h"
#include "MailIntakeLog.h"
#include "ParsedMail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSemaphore>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class ImapSource;

// One check of a mailbox, a local Maildir or an IMAP folder: the messages not looked at before are read and
// parsed on a worker thread (the network, a large mailbox, a message up to MailLimits' size), then filed one
// by one on this object's thread, where the archive lives, and each is recorded in the intake log with its
// outcome; for IMAP the folder's UIDVALIDITY and last UID are kept too, so a check asks only for what is new.
// At most a few parsed messages wait at a time, so memory stays bounded. Cancellable; one check at a time.
class MailIntake : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int looked = 0;        // messages read in this check
        int filed = 0;         // documents new to the archive
        int notRecognised = 0; // messages that claim to be the operator's and were not recognised
        QString problem;       // for the user, when the check could not finish
        bool cancelled = false;
        QDateTime finishedAt;
    };

    explicit MailIntake(MailIntakeLog *log, QObject *parent = nullptr);
    ~MailIntake() override;

    // The account whose documents are filed; without one a check does nothing.
    void setFiler(std::shared_ptr<MailFiler> filer);
    // A local Maildir (demo mode: the demo operator's outbox).
    void setMaildir(const QString &directory);
    // An IMAP folder; the password is kept in memory only, for the checks.
    void setImap(const ImapSettings &settings, const QString &password);
    void clearSource();
    // Whether a check has an account to file for and a mailbox to read.
    bool isConfigured() const { return m_filer && m_source.kind != SourceKind::None; }
    bool isChecking() const { return m_run != nullptr; }

    void check();
    void cancel();

signals:
    void configurationChanged();
    void checkStarted();
    void progressChanged(int done, int total);
    void documentFiled(const ArchivedDocument &document);
    void checkFinished(const MailIntake::Summary &summary);

private:
    enum class SourceKind { None, Maildir, Imap };
    struct Source
    {
        SourceKind kind = SourceKind::None;
        QString maildir;
        ImapSettings imap;
        QString password;
        QString id() const;
    };
    struct Run;

    void readMaildir(const std::shared_ptr<Run> &run, const QSet<QString> &seen);
    void readImap(const std::shared_ptr<Run> &run, MailIntakeLog::FolderState known);
    bool readImapMessages(const std::shared_ptr<Run> &run, ImapSource &source, const QList<qint64> &uids);
    bool waitForRoom(const std::shared_ptr<Run> &run);
    void post(const std::shared_ptr<Run> &run, const QString &key, const ParsedMail &mail, qint64 uid);
    void onTotal(const std::shared_ptr<Run> &run, int total);
    void onNewNumbering(const std::shared_ptr<Run> &run, qint64 uidValidity);
    void onMessage(const std::shared_ptr<Run> &run, const QString &key, const ParsedMail &mail, qint64 uid);
    void onReadFinished(const std::shared_ptr<Run> &run, const QString &problem);

    MailIntakeLog *m_log;
    std::shared_ptr<MailFiler> m_filer;
    Source m_source;
    std::shared_ptr<Run> m_run;
    QThreadPool m_reader;
};

Q_DECLARE_METATYPE(MailIntake::Summary)
