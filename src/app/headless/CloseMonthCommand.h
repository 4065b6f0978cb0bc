#pragma once

#include "CloseMonthOptions.h"

#include <QHash>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

class AccountList;
class AccountMonthClose;
class AccountSecrets;
class AccountSessions;
class CredentialStore;
class DocumentArchive;
class MonthClose;
class OrderJournal;
class PendingDocumentJobs;

// `sipcabinet --close-month`: the same close as «Закрыть месяц», without a window, for a timer to run on the
// 4th: the remembered accounts with the keychain's passwords, a progress line per change, a summary at the end
// (JSON with --json). Exit codes: 0 every document filed and packed, 1 something missing or failed (listed),
// 2 a usage error.
class CloseMonthCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Complete = 0, Incomplete = 1, UsageError = 2 };

    CloseMonthCommand(const CloseMonthOptions &options, const QString &keychainService, const QString &archiveDirectory,
                      QObject *parent = nullptr);
    ~CloseMonthCommand() override;

    // Runs the close in the application's event loop; returns the exit code.
    int exec();

private:
    // Demo mode: the demo operator as the app starts it, and the demo firm remembered; false when it fails.
    bool startDemoOperator();
    // The exit code when the close cannot start.
    std::optional<int> prepare(QStringList *accountIds);
    // Progress lines: beside the summary, or on the error stream when the summary is JSON for a program.
    QTextStream &progress() { return m_options.json ? m_err : m_out; }
    void onAccountChanged(AccountMonthClose *account);
    int finish();
    void printSummaryText();
    void printSummaryJson();

    CloseMonthOptions m_options;
    QString m_archiveDirectory;
    QTextStream m_out;
    QTextStream m_err;
    CredentialStore *m_credentials;
    std::unique_ptr<AccountList> m_accounts;
    AccountSecrets *m_secrets;
    std::unique_ptr<PendingDocumentJobs> m_pending;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<OrderJournal> m_orders;
    AccountSessions *m_sessions = nullptr;
    MonthClose *m_close = nullptr;
    QHash<QString, QStringList> m_printed; // account id → the lines printed last
    QStringList m_demoAccounts;
};
