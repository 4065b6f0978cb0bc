#pragma once

#include "MailFiler.h"
#include "ParsedMail.h"

#include <QCoreApplication>
#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class MailIntakeLog;

// One check of a mailbox: the messages not looked at before are read and parsed on a worker thread (a
// mailbox may be large, a message up to MailLimits' size), then filed one by one on this object's thread,
// where the archive lives, and each is recorded in the intake log with its outcome. At most a few parsed
// messages wait at a time, so memory stays bounded however many arrive. Cancellable; one check at a time.
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
    };

    explicit MailIntake(MailIntakeLog *log, QObject *parent = nullptr);
    ~MailIntake() override;

    // The account whose documents are filed; without one a check does nothing.
    void setFiler(std::shared_ptr<MailFiler> filer);
    // The local Maildir read (demo mode: the demo operator's outbox).
    void setMaildir(const QString &directory);
    QString maildir() const { return m_maildir; }
    // Whether a check has an account to file for and a mailbox to read.
    bool isConfigured() const { return m_filer && !m_maildir.isEmpty(); }
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
    struct Run;
    void readInBackground(std::shared_ptr<Run> run, QSet<QString> seen);
    void onTotal(const std::shared_ptr<Run> &run, int total);
    void onMessage(const std::shared_ptr<Run> &run, const QString &key, const ParsedMail &mail);
    void onReadFinished(const std::shared_ptr<Run> &run, const QString &problem);
    void finish(const QString &problem);

    MailIntakeLog *m_log;
    std::shared_ptr<MailFiler> m_filer;
    QString m_maildir;
    std::shared_ptr<Run> m_run;
    QThreadPool m_reader;
};

Q_DECLARE_METATYPE(MailIntake::Summary)
