#include "AppController.h"

#include "MainWindow.h"
#include "accounts/AccountList.h"
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

#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
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
    , m_archive(std::make_unique<DocumentArchive>(
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/archive")))
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
    wireLogin();
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

bool AppController::start(QString *error)
{
    if (m_options.demo) {
        m_demo = new DemoOperator(this);
        if (!m_demo->start(error))
            return false;
        m_window->loginPage()->setDemoHint(DemoOperator::loginHint());
    }
    m_window->loginPage()->setDefaultApiUrl(operatorUrl());
    showLoginForm(QString());
    m_window->loginPage()->setBusy(true);
    m_window->show();
    // Keychain and network work waits until the window has been painted: a D-Bus call can block.
    QTimer::singleShot(0, this, [this] {
        openArchive();
        m_sessionController->start();
    });
    return true;
}

void AppController::openArchive()
{
    QString error;
    if (!m_archive->open(&error)) {
        m_window->statusBar()->showMessage(tr("The document archive could not be opened: %1").arg(error));
    }
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
    connect(m_sessionController, &SessionController::loginStarted, login, [login] { login->setBusy(true); });
    connect(m_sessionController, &SessionController::loginFailed, login, [login](const QString &message) {
        login->setBusy(false);
        login->showError(message);
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
        m_window->showMenu();
        m_accountLabel->setText(tr("%1 — %2").arg(account.displayName(), account.apiUrl.host()));
    });
    connect(m_sessionController, &SessionController::notice, this, [this, login](const QString &message) {
        login->showNotice(message);
        m_window->statusBar()->showMessage(message);
    });
    connect(m_window, &MainWindow::logOutRequested, m_sessionController, &SessionController::logOut);
    connect(m_sessionController, &SessionController::loggedOut, this, [this] {
        m_invoicing->stop();
        m_documentFetches->abandonAll();
        m_subscriberLabel->clear();
        m_window->statusBar()->clearMessage();
        m_accountLabel->clear();
        showLoginForm(QString());
    });
}
