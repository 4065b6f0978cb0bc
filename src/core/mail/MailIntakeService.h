#pragma once

#include "MailIntake.h"
#include "MailSettings.h"
#include "OperatorMailRecognizer.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

class CredentialStore;
class DocumentArchive;
class MailIntakeLog;
class MailPollSchedule;
class OrderJournal;
struct AccountInfo;

// Mail intake for the account that is logged in: the mailbox it reads (kept in the app's settings, its
// password in the keychain, or only in memory when the user does not want it kept or there is no keychain),
// its record of what was looked at, the check, and the schedule of checks, which hurries after every order
// recorded in the journal. Started at log-in with the account's addresses, stopped at log-out.
class MailIntakeService : public QObject
{
    Q_OBJECT

public:
    struct OperatorIdentity
    {
        QStringList senders; // the addresses the operator's documents come from
        QString name;        // how the operator signs
    };
    using Done = std::function<void(const QString &problem)>;
    using TestDone = std::function<void(bool ok, const QString &message)>;

    MailIntakeService(DocumentArchive *archive, OrderJournal *orders, const QString &logPath,
                      QObject *parent = nullptr);
    ~MailIntakeService() override;

    // After the archive has opened; false (with the reason) when the record cannot be kept: intake then stays off.
    bool open(QString *error);
    void setOperator(const OperatorIdentity &identity);
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }
    // Demo mode: this folder is the mailbox, whatever the settings say.
    void setDemoMaildir(const QString &directory);
    bool isDemo() const { return !m_demoMaildir.isEmpty(); }

    MailSettings settings() const { return m_settings; }
    // Keeps the settings, the password as asked, and reads the new mailbox from now on.
    void apply(const MailSettings &settings, const QString &password, bool rememberPassword, QObject *context,
               Done done);
    // Connects to the mailbox as these settings say, off the GUI thread; nothing is kept.
    void testConnection(const MailSettings &settings, const QString &password, QObject *context, TestDone done);
    // The mailbox is an IMAP one whose password is neither kept nor given in this session.
    bool needsPassword() const { return m_needsPassword; }

    // Files for this account from now on, checking at once and then on the schedule.
    void startFor(const QString &accountId, const AccountInfo &account);
    void stop();

    MailIntake *intake() const { return m_intake.get(); }
    MailIntakeLog *log() const { return m_log.get(); }
    MailPollSchedule *schedule() const { return m_schedule; }
    MailIntake::Summary lastSummary() const { return m_lastSummary; }

signals:
    void stateChanged();

private:
    void useSource();
    void useImapWithPassword(const QString &password);

    DocumentArchive *m_archive;
    OrderJournal *m_orders;
    std::unique_ptr<MailIntakeLog> m_log;
    std::unique_ptr<MailIntake> m_intake;
    MailPollSchedule *m_schedule;
    CredentialStore *m_credentials = nullptr; // outlives the service
    OperatorIdentity m_operator;
    MailSettings m_settings;
    QString m_demoMaildir;
    QString m_password; // this session's, for the mailbox of m_settings
    bool m_needsPassword = false;
    bool m_open = false;
    bool m_started = false;
    MailIntake::Summary m_lastSummary;
    QThreadPool m_tests;
};
