#include "AppController.h"

#include "AfterFirstPaint.h"
#include "MainWindow.h"
#include "accounts/AccountList.h"
#include "archive/AutomaticInvoiceFetch.h"
#include "archive/DocumentArchive.h"
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

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

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
    , m_window(nullptr)
{
    PageContext context{m_api, m_sessionController, m_invoicing, m_subscriber, m_archive.get(), m_pendingJobs.get()};
    context.documentFetches = m_documentFetches;
    const MenuPageFactory factory(context);
    m_window = new MainWindow([factory](PageId id, QWidget *parent) { return factory.create(id, parent); });
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_accountLabel = new QLabel(m_window);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setAccessibleName(tr("Account"));
    m_window->statusBar()->addPermanentWidget(m_accountLabel);
    m_subscriberLabel = new QLabel(m_window);
    m_subscriberLabel->setObjectName(QStringLiteral("subscriberLabel"));
    m_subscriberLabel->setAccessibleName(tr("Chosen SIP subscriber"));
    m_window->statusBar()->addPermanentWidget(m_subscriberLabel);
    connect(m_subscriber, &SubscriberSelection::changed, m_subscriberLabel,
            [this](const SubscriberSelection::Choice &choice) {
        m_subscriberLabel->setText(choice.isEmpty() ? QString()
                                                    : tr("SIP subscriber: %1 %2").arg(choice.number, choice.label));
    });
    m_automaticFetch = new AutomaticInvoiceFetch(m_documentFetches, m_archive.get(), m_invoicing, this);
    wireLogin();
    wireOffline();
    wireAutomaticFetch();
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
        m_window->loginPage()->setDefaultApiUrl(operatorUrl());
    showLoginForm(QString());
    m_window->loginPage()->setBusy(true);
    m_window->show();
    // The archive and the keychain (a D-Bus call that can block) wait until the window has been painted;
    // in demo mode the session also waits for the demo operator to listen.
    AfterFirstPaint::run(m_window, [this] {
        openArchive();
        m_firstPaintDone = true;
        if (!m_demo || m_demo->isReady())
            m_sessionController->start();
    });
}

void AppController::startDemoOperator()
{
    m_demo = new DemoOperator(this);
    m_window->loginPage()->setDemoHint(DemoOperator::loginHint());
    connect(m_demo, &DemoOperator::ready, this, [this](const QUrl &url) {
        m_window->loginPage()->setDefaultApiUrl(url);
        if (m_firstPaintDone)
            m_sessionController->start();
    });
    connect(m_demo, &DemoOperator::failed, this, [this](const QString &message) {
        showLoginForm(QString());
        m_window->loginPage()->showError(message);
    });
    m_demo->start();
}

void AppController::openArchive()
{
    QString error;
    if (!m_archive->open(&error)) {
        m_window->statusBar()->showMessage(tr("The document archive could not be opened: %1").arg(error));
        return;
    }
    reportArchiveState();
}

// A rebuilt or damaged archive is news the user must get, without a crash and without blocking the start.
void AppController::reportArchiveState()
{
    const DocumentArchive::OpenReport &report = m_archive->openReport();
    if (report.wasRebuilt()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Document archive"),
                                    tr("The document archive's database was damaged and has been rebuilt: %1 "
                                       "document(s) recovered from it and %2 from their files. The damaged file was "
                                       "kept as %3.")
                                        .arg(report.recoveredRows)
                                        .arg(report.recoveredFiles)
                                        .arg(QDir::toNativeSeparators(report.corruptCopy)),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!report.damaged.isEmpty())
        m_window->statusBar()->showMessage(
            tr("%n document(s) of the archive are missing or altered; they are marked when opened.", nullptr,
               int(report.damaged.size())));
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
        leaveOffline(); // a retry that reached the operator but was refused: the form takes over
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
        leaveOffline();
        m_window->limitMenuTo({});
        m_window->showMenu();
        m_automaticFetch->setOwner(InvoiceDocumentFetch::Owner{account.id(), info.organisation.name,
                                                               info.organisation.contractNumber});
        m_accountLabel->setText(tr("%1 — %2").arg(account.displayName(), account.apiUrl.host()));
    });
    connect(m_sessionController, &SessionController::notice, this, [this, login](const QString &message) {
        login->showNotice(message);
        m_window->statusBar()->showMessage(message);
    });
    connect(m_window, &MainWindow::logOutRequested, m_sessionController, &SessionController::logOut);
    connect(m_sessionController, &SessionController::loggedOut, this, [this] {
        m_invoicing->stop();
        m_automaticFetch->setOwner(std::nullopt);
        m_documentFetches->abandonAll();
        m_subscriberLabel->clear();
        m_window->statusBar()->clearMessage();
        m_accountLabel->clear();
        showLoginForm(QString());
    });
}

void AppController::wireOffline()
{
    connect(m_sessionController, &SessionController::offline, this, &AppController::goOffline);
}

// The operator is unreachable: the archive needs no network, so the window opens on it, says it is offline,
// and tries the session again every minute or when asked.
void AppController::goOffline(const QString &message)
{
    if (!m_offline) {
        m_offline = true;
        m_offlineLabel = new QLabel(m_window);
        m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
        m_offlineLabel->setAccessibleName(tr("Connection state"));
        m_window->statusBar()->addWidget(m_offlineLabel, 1);
        m_retryButton = new QPushButton(tr("&Retry login"), m_window);
        m_retryButton->setObjectName(QStringLiteral("retryLoginButton"));
        m_retryButton->setAccessibleName(tr("Retry login"));
        connect(m_retryButton, &QPushButton::clicked, m_sessionController, &SessionController::retry);
        m_window->statusBar()->addPermanentWidget(m_retryButton);
        m_offlineRetry = new QTimer(this);
        m_offlineRetry->setInterval(OfflineRetrySeconds * 1000);
        connect(m_offlineRetry, &QTimer::timeout, m_sessionController, &SessionController::retry);
        m_offlineRetry->start();
    }
    m_offlineLabel->setText(tr("Offline: %1 Only the document archive works until the operator can be reached.")
                                .arg(message));
    m_window->loginPage()->setBusy(false);
    showArchiveOnly();
}

// Every function but the archive (and Exit) needs the operator.
void AppController::showArchiveOnly()
{
    // The archive first: from the login form this only chooses it, so showMenu() makes no other page (whose
    // activation would call the operator without a session).
    m_window->showPage(PageId::Archive);
    m_window->showMenu();
    m_window->limitMenuTo({PageId::Archive, PageId::Exit});
}


// From the login form, without a session: the archive, and Exit back to the form.
void AppController::browseArchiveLoggedOut()
{
    showArchiveOnly();
    m_window->statusBar()->showMessage(
        tr("Not logged in: only the document archive works. «Exit» returns to the login form."));
}

void AppController::leaveOffline()
{
    if (!m_offline)
        return;
    m_offline = false;
    delete m_offlineLabel;
    delete m_retryButton;
    delete m_offlineRetry;
    m_offlineLabel = nullptr;
    m_retryButton = nullptr;
    m_offlineRetry = nullptr;
}

void AppController::wireAutomaticFetch()
{
    connect(m_automaticFetch, &AutomaticInvoiceFetch::obtained, this, [this](const ArchivedDocument &document) {
        notify(tr("New invoice in the archive"),
               tr("The invoice %1 for %2 was obtained automatically and is in the document archive.")
                   .arg(document.number, document.period.toString()));
    });
    connect(m_automaticFetch, &AutomaticInvoiceFetch::failed, this, [this](const QString &message) {
        notify(tr("The new invoice was not obtained"), message);
    });
}

void AppController::notify(const QString &title, const QString &message)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QCoreApplication::applicationName());
            m_tray->show();
        }
        m_tray->showMessage(title, message);
    }
    m_window->statusBar()->showMessage(message, 15000);
}
