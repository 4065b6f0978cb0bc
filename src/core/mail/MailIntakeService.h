#pragma once

#include "OperatorMailRecognizer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class DocumentArchive;
class MailIntake;
class MailIntakeLog;
class MailPollSchedule;
class OrderJournal;
struct AccountInfo;

// Mail intake for the account that is logged in: its record of what was looked at, the check itself and
// the schedule of checks, which hurries after every order recorded in the journal. Started at log-in with
// the account's addresses, stopped at log-out; the mailbox it reads is set apart from the account.
class MailIntakeService : public QObject
{
    Q_OBJECT

public:
    struct OperatorIdentity
    {
        QStringList senders; // the addresses the operator's documents come from
        QString name;        // how the operator signs
    };

    MailIntakeService(DocumentArchive *archive, OrderJournal *orders, const QString &logPath,
                      QObject *parent = nullptr);
    ~MailIntakeService() override;

    // After the archive has opened; false (with the reason) when the record cannot be kept: intake then stays off.
    bool open(QString *error);
    void setOperator(const OperatorIdentity &identity);
    void setMaildir(const QString &directory);

    // Files for this account from now on, checking at once and then on the schedule.
    void startFor(const QString &accountId, const AccountInfo &account);
    void stop();

    MailIntake *intake() const { return m_intake.get(); }
    MailIntakeLog *log() const { return m_log.get(); }
    MailPollSchedule *schedule() const { return m_schedule; }

private:
    DocumentArchive *m_archive;
    OrderJournal *m_orders;
    std::unique_ptr<MailIntakeLog> m_log;
    std::unique_ptr<MailIntake> m_intake;
    MailPollSchedule *m_schedule;
    OperatorIdentity m_operator;
    bool m_open = false;
};
