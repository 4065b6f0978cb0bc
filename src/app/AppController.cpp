#include "AppController.h"

#include "AfterFirstPaint.h"
#include "MainWindow.h"
#include "accounts/AccountList.h"
#include "accounts/OperatorPreset.h"
#include "archive/AutomaticInvoiceFetch.h"
#include "close/AllAccountsInvoiceFetch.h"
#include "shell/AccountingFirm.h"
#include "session/AccountSessions.h"
#include "session/AccountSessions.h"
#include "navigation/PageId.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "format/PeriodTitle.h"
#include "format/SpendAnomalyText.h"
#include "spend/ChargesReconciliation.h"
#include "spend/SpendHistory.h"
#include "spend/SpendHistorySync.h"
#include "time/Clock.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeService.h"
#include "documents/DocumentFetchQueue.h"
#include "documents/PendingDocumentJobs.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "pages/MenuPageFactory.h"
#include "subscribers/SubscriberSelection.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoOperator.h"
#include "pages/LoginPage.h"
#include "session/OperatorSession.h"
#include "session/SessionController.h"
#include "shell/ArchiveOpenReport.h"
#include "shell/DesktopNotifier.h"
#include "shell/OfflineMode.h"
#include "shell/SessionStatusBar.h"

#include <QStandardPaths>
#include <QStatusBar>

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(new OperatorConnection(this))
    , m_api(new OperatorApi(m_connection, this))
    , m_session(new OperatorSession(m_connection, this))
    , m_credentials(new KeychainCredentialStore(options.keychainService, this))
    , m_secrets(new AccountSecrets(m_credentials, this))
    , m_accounts(new AccountList)
    , m_sessionController(new SessionController(m_api, m_session, m_secrets, m_accounts, this))
    , m_invoicing(new InvoicingWindowWatcher(m_api, this))
    , m_subscriber(new SubscriberSelection(this))
    , m_pendingJobs(std::make_unique<PendingDocumentJobs>())
    , m_archive(std::make_unique<DocumentArchive>(archiveDirectory()))
    , m_documentFetches(new DocumentFetchQueue(m_api, m_archive.get(), m_pendingJobs.get(), this))
    , m_orders(new OrderJournal(m_archive.get(), this))
    , m_mail(new MailIntakeService(m_archive.get(), m_orders,
                                   archiveDirectory() + QStringLiteral("/mail-intake.sqlite"), this))
    , m_spendHistory(std::make_unique<SpendHistory>(m_archive.get()))
    , m_spendSync(new SpendHistorySync(m_api, m_spendHistory.get(), Clock::system(), this))
    , m_firm(new AccountingFirm({m_accounts, m_secrets, m_archive.get(), m_pendingJobs.get(), m_orders}, this))
    , m_window(nullptr)
{
    PageContext context{m_api, m_sessionController, m_invoicing, m_subscriber, m_archive.get(), m_pendingJobs.get()};
    context.documentFetches = m_documentFetches;
    context.orders = m_orders;
    context.mailIntake = m_mail->intake();
    context.mailService = m_mail;
    context.spendHistory = m_spendHistory.get();
    context.spendSync = m_spendSync;
    context.accounts = m_accounts;
    context.accountSessions = m_firm->sessions();
    context.monthClose = m_firm->monthClose();
    context.orderQueue = m_firm->orderQueue();
    m_mail->setCredentialStore(m_credentials);
    const MenuPageFactory factory(context);
    m_window = new MainWindow([factory](PageId id, QWidget *parent) { return factory.create(id, parent); });
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_statusBar = new SessionStatusBar(m_window->statusBar(), m_subscriber);
    m_offline = new OfflineMode(m_window, m_sessionController);
    m_notifier = new DesktopNotifier(m_window);
    m_firm->setShell(m_notifier, m_window->statusBar());
    m_automaticFetch = new AutomaticInvoiceFetch(m_documentFetches, m_archive.get(), m_invoicing, this);
    wireLogin();
    wireAutomaticFetch();
    wireMailIntake();
    wireSpendHistory();
    wireOrganisations();
}

QString AppController::archiveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/archive");
}

void AppController::raiseWindow()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

AppController::~AppController()
{
    delete m_window;
    delete m_accounts;
}

bool AppController::isOffline() const
{
    return m_offline->isActive();
}

QUrl AppController::operatorUrl() const
{
    if (m_demo)
        return m_demo->baseUrl();
    return m_options.apiUrl;
}

void AppController::start()
{
    if (m_options.demo)
        startDemoOperator();
    else
        useInstalledOperator();
    showLoginForm(QString());
    m_window->loginPage()->setBusy(true);
    m_window->show();
    // The archive and the keychain (a D-Bus call that can block) wait until the window has been painted;
    // in demo mode the session also waits for the demo operator to listen.
    AfterFirstPaint::run(m_window, [this] {
        ArchiveOpenReport::open(m_archive.get(), m_window);
        QString mailProblem;
        if (m_archive->isOpen() && !m_mail->open(&mailProblem))
            qWarning("mail intake: its record could not be opened, intake stays off: %ls", qUtf16Printable(mailProblem));
        m_firstPaintDone = true;
        if (!m_demo || m_demoFirmKept)
            startSessions();
    });
}

void AppController::startSessions()
{
    if (std::exchange(m_sessionsStarted, true))
        return;
    m_sessionController->start();
    m_firm->start();
}

void AppController::useInstalledOperator()
{
    LoginPage *login = m_window->loginPage();
    QString problem;
    const std::optional<OperatorPreset> preset = OperatorPreset::installed(&problem);
    if (preset) {
        login->setOperator(preset->name, preset->supportPhone);
        m_mail->setOperator({preset->mailSenders, preset->mailName});
        if (m_options.apiUrl.isEmpty())
            m_options.apiUrl = preset->apiUrl;
    }
    login->setDefaultApiUrl(operatorUrl());
    if (!problem.isEmpty())
        login->showNotice(tr("%1 Enter the operator's address under «Advanced».").arg(problem));
}

void AppController::startDemoOperator()
{
    m_demo = new DemoOperator(this);
    // Demo mode's mailbox is the demo operator's outbox: what it "sends" is filed with no mail server.
    m_mail->setOperator(DemoOperator::mailIdentity());
    m_mail->setDemoMaildir(DemoOperator::outboxDirectory());
    m_window->loginPage()->setDemoHint(DemoOperator::loginHint());
    m_window->loginPage()->setOperator(tr("demo operator on this computer"), QString());
    connect(m_demo, &DemoOperator::ready, this, [this](const QUrl &url) {
        m_window->loginPage()->setDefaultApiUrl(url);
        // The firm's passwords are in the keychain before any session looks for them.
        DemoOperator::rememberFirm(m_accounts, m_secrets, url, this, [this] {
            m_demoFirmKept = true;
            if (m_firstPaintDone)
                startSessions();
        });
    });
    connect(m_demo, &DemoOperator::failed, this, [this](const QString &message) {
        showLoginForm(QString());
        m_window->loginPage()->showError(message);
    });
    m_demo->start();
}

void AppController::showLoginForm(const QString &message)
{
    LoginPage *login = m_window->loginPage();
    const std::optional<OperatorAccount> last = m_accounts->lastUsed();
    login->setAccounts(m_accounts->accounts(), last ? last->id() : QString());
    login->setBusy(false);
    if (!message.isEmpty())
        login->showNotice(message);
    m_window->showLogin();
}

void AppController::wireLogin()
{
    LoginPage *login = m_window->loginPage();
    connect(login, &LoginPage::logInRequested, m_sessionController, &SessionController::logIn);
    connect(login, &LoginPage::archiveRequested, this, &AppController::browseArchiveLoggedOut);
    connect(m_sessionController, &SessionController::loginStarted, login, [login] { login->setBusy(true); });
    connect(m_sessionController, &SessionController::loginFailed, login, [this, login](const QString &message) {
        m_offline->leave(); // a retry that reached the operator but was refused: the form takes over
        login->setBusy(false);
        login->showError(message);
        if (!m_window->isShowingLogin())
            showLoginForm(message);
    });
    connect(m_sessionController, &SessionController::loginRequired, this, &AppController::showLoginForm);
    connect(m_sessionController, &SessionController::loggedIn, this, [this, login](const OperatorAccount &account) {
        login->setBusy(false);
        login->clearPassword();
        m_subscriber->setAccount(account.id());
        m_invoicing->refresh();
        // Invoice generations still running when the app last closed continue now, page open or not.
        const AccountInfo &info = m_sessionController->accountInfo();
        m_documentFetches->resumePending({account.id(), info.organisation.name, info.organisation.contractNumber});
        m_offline->leave();
        m_window->limitMenuTo({});
        m_window->showMenu();
        if (!m_firm->allAccountsFetch()->isEnabled())
            m_automaticFetch->setOwner(InvoiceDocumentFetch::Owner{account.id(), info.organisation.name,
                                                                   info.organisation.contractNumber});
        m_statusBar->showOrganisation(info.organisation);
        m_mail->startFor(account.id(), info);
        if (m_archive->isOpen()) {
            m_spendSync->setOwner(SpendHistorySync::Owner{account.id(), info.organisation.name});
            m_spendSync->sync();
        }
        showFirstPageOf(account);
    });
    connect(m_sessionController, &SessionController::notice, this, [this, login](const QString &message) {
        login->showNotice(message);
        m_window->statusBar()->showMessage(message);
    });
    // Before the controller forgets which account it was: «забыть пароль» ends that account's own session too.
    connect(m_window, &MainWindow::logOutRequested, this, [this](bool forgetPassword) {
        const std::optional<OperatorAccount> account = m_sessionController->currentAccount();
        if (!forgetPassword || !account)
            return;
        if (AccountSession *session = m_firm->sessions()->find(account->id()))
            session->signOut();
    });
    connect(m_window, &MainWindow::logOutRequested, m_sessionController, &SessionController::logOut);
    connect(m_sessionController, &SessionController::offline, m_offline, &OfflineMode::enter);
    connect(m_sessionController, &SessionController::loggedOut, this, [this] {
        leaveAccount();
        showLoginForm(QString());
    });
    connect(m_sessionController, &SessionController::accountLeft, this, &AppController::leaveAccount);
}

// What belongs to the account being left: its watchers and fetches stop, the next account starts its own.
void AppController::leaveAccount()
{
    m_invoicing->stop();
    m_automaticFetch->setOwner(std::nullopt);
    m_spendSync->setOwner(std::nullopt);
    m_mail->stop();
    m_documentFetches->abandonAll();
    m_statusBar->clear();
}

void AppController::showFirstPageOf(const OperatorAccount &account)
{
    m_firm->sessions()->add(account);
    m_accounts->setLastSeen(account.id(), Clock::system().currentUtc());
    if (std::exchange(m_openingCabinet, false)) {
        m_window->showPage(PageId::Invoices);
        m_window->statusBar()->showMessage(tr("The cabinet of %1.").arg(account.displayName()));
        return;
    }
    // An accounting firm starts from its clients, not from whichever of them was used last.
    if (std::exchange(m_firstLogIn, false) && m_accounts->accounts().size() > 1)
        m_window->showPage(PageId::Organisations);
}

void AppController::wireOrganisations()
{
    connect(m_firm->allAccountsFetch(), &AllAccountsInvoiceFetch::finished, m_spendSync, &SpendHistorySync::sync);
    connect(m_window, &MainWindow::accountRequested, this, [this](const QString &accountId) {
        const std::optional<OperatorAccount> account = m_accounts->find(accountId);
        if (!account)
            return;
        const std::optional<OperatorAccount> current = m_sessionController->currentAccount();
        if (current && current->id() == accountId) {
            m_window->showPage(PageId::Invoices);
            return;
        }
        m_openingCabinet = true;
        m_firstLogIn = false;
        m_sessionController->switchTo(*account);
    });
}

// From the login form, without a session: the archive, and Exit back to the form.
void AppController::browseArchiveLoggedOut()
{
    m_window->showArchiveOnly();
    m_window->statusBar()->showMessage(
        tr("Not logged in: only the document archive works. «Exit» returns to the login form."));
}

void AppController::wireAutomaticFetch()
{
    connect(m_automaticFetch, &AutomaticInvoiceFetch::obtained, this, [this](const ArchivedDocument &document) {
        m_notifier->notify(tr("New invoice in the archive"),
               tr("The invoice %1 for %2 was obtained automatically and is in the document archive.")
                   .arg(document.number, document.period.toString()));
    });
    connect(m_automaticFetch, &AutomaticInvoiceFetch::failed, this, [this](const QString &message) {
        m_notifier->notify(tr("The new invoice was not obtained"), message);
    });
}

void AppController::wireMailIntake()
{
    connect(m_mail->intake(), &MailIntake::checkFinished, this, [this](const MailIntake::Summary &summary) {
        if (summary.filed > 0) {
            m_notifier->notify(tr("Documents from the mailbox"),
                               tr("%n document(s) from the operator's e-mails filed in the document archive.", "",
                                  summary.filed));
        }
        if (!summary.problem.isEmpty())
            m_window->statusBar()->showMessage(tr("Mail was not checked: %1").arg(summary.problem));
    });
}

// A regular invoice that arrived by link or by mail brings its figures with it: the sync asks only for what
// the spend history lacks.
void AppController::wireSpendHistory()
{
    connect(m_automaticFetch, &AutomaticInvoiceFetch::obtained, m_spendSync, &SpendHistorySync::sync);
    connect(m_documentFetches, &DocumentFetchQueue::fetchFinished, m_spendSync, &SpendHistorySync::sync);
    connect(m_mail->intake(), &MailIntake::checkFinished, this, [this](const MailIntake::Summary &summary) {
        if (summary.filed > 0)
            m_spendSync->sync();
    });
    // A month whose charges the app saw during it: its invoice is reconciled as soon as it arrives.
    connect(m_spendSync, &SpendHistorySync::invoiceKept, this, [this](const QString &accountId, const BillingPeriod &period) {
        const std::optional<Invoice> invoice = m_spendHistory->invoice(accountId, period);
        const std::optional<SpendHistory::SeenCharges> seen = m_spendHistory->chargesSeen(accountId, period);
        if (!invoice || !seen)
            return;
        const int differing = int(ChargesReconciliation::compare(*invoice, seen->charges).size());
        m_notifier->notify(tr("The invoice for %1 is reconciled").arg(PeriodTitle::inText(period)),
                           SpendAnomalyText::reconciliationSummary(differing, seen->seenAt));
    });
}
