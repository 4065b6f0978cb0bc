#include "LoggedInContext.h"

#include "accounts/AccountList.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "close/MonthClose.h"
#include "session/AccountSessions.h"
#include "credentials/AccountSecrets.h"
#include "credentials/NoKeychainCredentialStore.h"
#include "documents/PendingDocumentJobs.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "session/OperatorSession.h"
#include "session/SessionController.h"
#include "spend/SpendHistory.h"
#include "spend/SpendHistorySync.h"
#include "subscribers/SubscriberSelection.h"
#include "time/Clock.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

LoggedInContext::LoggedInContext() = default;

LoggedInContext::~LoggedInContext()
{
    m_connection.reset(); // owns the api, the session, the controller, the watcher and the month close
    m_orders.reset();
    delete m_context.pendingJobs;
    delete m_context.spendHistory;
    delete m_context.archive;
}

bool LoggedInContext::start(const QString &login, const QString &password, const QDateTime &now,
                            int generationDelayMs)
{
    if (!m_dir.isValid() || !m_sandbox.start(now, generationDelayMs))
        return false;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

    m_connection = std::make_unique<OperatorConnection>();
    auto *api = new OperatorApi(m_connection.get(), m_connection.get());
    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    auto *store = new NoKeychainCredentialStore(m_connection.get());
    auto *secrets = new AccountSecrets(store, m_connection.get());
    m_accounts = std::make_unique<AccountList>();
    auto *controller = new SessionController(api, session, secrets, m_accounts.get(), m_connection.get());

    m_context.api = api;
    m_context.session = controller;
    m_context.invoicing = new InvoicingWindowWatcher(api, m_connection.get());
    m_context.subscriber = new SubscriberSelection(m_connection.get());
    m_context.archive = new DocumentArchive(archiveDirectory());
    m_context.pendingJobs = new PendingDocumentJobs;
    QString error;
    if (!m_context.archive->open(&error)) {
        qWarning("archive did not open: %s", qPrintable(error));
        return false;
    }

    QSignalSpy loggedIn(controller, &SessionController::loggedIn);
    OperatorAccount account;
    account.login = login;
    account.apiUrl = m_sandbox.baseUrl();
    controller->logIn(account, password, false);
    if (!loggedIn.wait(20000)) {
        qWarning("the test could not log in to the sandbox");
        return false;
    }
    m_context.subscriber->setAccount(accountId());
    m_context.spendHistory = new SpendHistory(m_context.archive);
    m_context.spendSync = new SpendHistorySync(api, m_context.spendHistory, Clock::system(), m_connection.get());
    m_context.spendSync->setOwner(SpendHistorySync::Owner{accountId(), controller->accountInfo().organisation.name});
    // «Организации» over the accounts this test remembered (the one logged in), without a keychain.
    m_orders = std::make_unique<OrderJournal>(m_context.archive);
    m_context.accounts = m_accounts.get();
    m_context.accountSessions = new AccountSessions(m_accounts.get(), secrets, m_connection.get());
    m_context.monthClose = new MonthClose(m_context.accountSessions,
                                          {m_context.archive, m_context.pendingJobs, m_orders.get(), false},
                                          ExportNameTemplate(), m_connection.get());
    m_context.accountSessions->start();
    QSignalSpy clockKnown(m_context.invoicing, &InvoicingWindowWatcher::changed);
    m_context.invoicing->refresh();
    return clockKnown.wait(20000);
}

QString LoggedInContext::accountId() const
{
    return m_context.session->currentAccount() ? m_context.session->currentAccount()->id() : QString();
}
