#pragma once

#include "SandboxFixture.h"
#include "pages/PageContext.h"

#include <QTemporaryDir>

#include <memory>

class AccountList;
class AccountSecrets;
class CredentialStore;
class OperatorConnection;
class OperatorSession;
class OrderJournal;

// Everything a page needs, logged in to a real sandbox as a demo organisation: the page under test gets
// the same PageContext the app gives it. Secrets go nowhere (no keychain); settings and the archive live
// in a temporary folder.
class LoggedInContext
{
public:
    LoggedInContext();
    ~LoggedInContext();

    // Starts the sandbox at `now` and logs in; false (with a warning) if either fails.
    bool start(const QString &login = QStringLiteral("demo"), const QString &password = QStringLiteral("demo-password"),
               const QDateTime &now = SandboxFixture::defaultNow(), int generationDelayMs = 300);

    const PageContext &context() const { return m_context; }
    SandboxFixture &sandbox() { return m_sandbox; }
    QString accountId() const;
    QString archiveDirectory() const { return m_dir.filePath(QStringLiteral("archive")); }

private:
    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    std::unique_ptr<AccountList> m_accounts;
    std::unique_ptr<OrderJournal> m_orders; // the month close's, not the pages': they run without a journal
    PageContext m_context;
};
