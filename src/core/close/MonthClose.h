#pragma once

#include "BillingPeriod.h"
#include "archive/ArchivedDocument.h"
#include "archive/ExportNameTemplate.h"
#include "archive/MonthEndPack.h"
#include "close/AccountMonthClose.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class AccountSessions;
class MonthEndPackJob;

// «Закрыть месяц»: the month's documents of many organisations at once, a few accounts side by side, then
// one pack with a folder per organisation and one index. Ends in finished(); what every account got, and
// what it did not and why, stays readable afterwards. Running it again for the same month fetches only
// what is still missing.
class MonthClose : public QObject
{
    Q_OBJECT

public:
    static constexpr int ConcurrentAccounts = 6;

    struct Request
    {
        BillingPeriod period;
        QStringList accountIds; // empty: every remembered account
        QList<ArchivedDocument::Kind> kinds;
        QString packFolder;     // where the pack is put; empty: no pack, the archive only
        MonthEndPack::Format format = MonthEndPack::Format::Folder;

        // As a queued order or an interrupted run keeps it.
        QJsonObject toJson() const;
        static Request fromJson(const BillingPeriod &period, const QJsonObject &json);
    };

    struct Outcome
    {
        int accounts = 0;
        int complete = 0;     // accounts whose every document is filed
        QString packPath;     // empty when no pack was written
        QString packError;
        bool cancelled = false;

        bool isComplete() const { return !cancelled && complete == accounts && packError.isEmpty(); }
    };

    MonthClose(AccountSessions *sessions, const AccountMonthClose::Parts &parts, const ExportNameTemplate &names,
               QObject *parent = nullptr);
    ~MonthClose() override;

    // The names of the documents in the pack, as the user's template says (ArchivePreferences).
    void setNames(const ExportNameTemplate &names) { m_names = names; }
    // False, starting nothing, while this close or its partner runs.
    bool start(const Request &request);
    void cancel();
    // Another close over the same accounts (the automatic fetch's): the two never run at once, or both could order
    // the same invoice before either has written down its order.
    void setPartner(const MonthClose *partner) { m_partner = partner; }

    bool isRunning() const { return m_running; }
    const Request &request() const { return m_request; }
    QList<AccountMonthClose *> accounts() const { return m_accounts; }
    AccountMonthClose *account(const QString &accountId) const;
    int percent() const;
    const Outcome &outcome() const { return m_outcome; }
    // "<folder>/Закрытие месяца 2026-10" (.zip), numbered when that name is taken.
    static QString packPathFor(const QString &folder, const BillingPeriod &period, MonthEndPack::Format format);

signals:
    void started();
    void accountChanged(AccountMonthClose *account);
    void progressChanged(int percent);
    void packStarted();
    void finished();

private:
    void startNext();
    void onAccountFinished();
    void writePack();
    void finish();

    AccountSessions *m_sessions;
    AccountMonthClose::Parts m_parts;
    ExportNameTemplate m_names;
    Request m_request;
    QList<AccountMonthClose *> m_accounts; // children, in the order asked
    QList<AccountMonthClose *> m_waiting;
    QPointer<MonthEndPackJob> m_packJob;
    QPointer<const MonthClose> m_partner;
    Outcome m_outcome;
    bool m_running = false;
};
