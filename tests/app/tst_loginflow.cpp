// Logging in, staying logged in and logging out through the real widgets, against the sandbox, with
// secrets in the real keychain of the test session (or, in the second run, with no keychain at all).
#include "AppController.h"
#include "MainWindow.h"
#include "OperatorUrlPolicy.h"
#include "accounts/AccountList.h"
#include "RememberedFirm.h"
#include "SandboxFixture.h"
#include "models/OrganisationsModel.h"
#include "navigation/PageId.h"
#include "credentials/AccountSecrets.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "SecretScan.h"
#include "pages/LoginPage.h"
#include "pages/MenuPage.h"
#include "preview/PreviewPluginLoader.h"
#include "session/OperatorSession.h"
#include "session/SessionController.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestLoginFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rejectsAWrongPasswordAndKeepsWhatWasTyped();
    void typingAtStartGoesToThePassword();
    void remembersTheLoginAndResumesAtTheNextStart();
    void logsOutRevokesTheSessionAndForgetsThePassword();
    void worksWithoutAKeychain();
    void writesNoSecretToAnyFile();
    void checksARememberedAddressAgainAtTheStart();
    void aFirmStartsOnItsOrganisationsAndSwitchesCabinets();

private:
    std::unique_ptr<AppController> startApp();
    void typeLogin(MainWindow *window, const QString &login, const QString &password, bool remember);
    static QString messageOf(MainWindow *window)
    {
        return window->loginPage()->findChild<QLabel *>(u"messageLabel"_s)->text();
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_keychainService;
    bool m_keychainExpected = true;
    QList<QByteArray> m_secretsSeen;
};

void TestLoginFlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything the app writes lands in this folder, so the secret scan can read all of it.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(u"config"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(u"config"_s));
    QCoreApplication::setOrganizationName(u"SIP Cabinet Test"_s);
    QCoreApplication::setApplicationName(u"tst_loginflow"_s);
    m_keychainService = u"SIP Cabinet test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keychainExpected = qEnvironmentVariable("SIPCABINET_EXPECT_KEYCHAIN", u"yes"_s) == u"yes"_s;
    // One operator for the whole flow: the accounts the app remembers point at its address.
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
}

void TestLoginFlow::cleanupTestCase()
{
    m_sandbox.reset();
}

std::unique_ptr<AppController> TestLoginFlow::startApp()
{
    AppController::Options options;
    options.apiUrl = m_sandbox->baseUrl();
    options.keychainService = m_keychainService;
    auto app = std::make_unique<AppController>(options);
    app->start();
    return app;
}

void TestLoginFlow::typeLogin(MainWindow *window, const QString &login, const QString &password, bool remember)
{
    LoginPage *page = window->loginPage();
    auto *combo = page->findChild<QComboBox *>(u"accountCombo"_s);
    combo->setCurrentIndex(combo->count() - 1); // «Другая учетная запись»
    auto *loginEdit = page->findChild<QLineEdit *>(u"loginEdit"_s);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"passwordEdit"_s), password);
    page->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(remember);
    QTest::mouseClick(page->findChild<QPushButton *>(u"logInButton"_s), Qt::LeftButton);
}

void TestLoginFlow::rejectsAWrongPasswordAndKeepsWhatWasTyped()
{
    auto app = startApp();
    MainWindow *window = app->window();
    QTRY_VERIFY(window->isShowingLogin() && window->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled());
    typeLogin(window, u"demo"_s, u"wrong"_s, false);
    QTRY_COMPARE(messageOf(window), ApiError::problem(u"invalid_credentials"_s, 401).userMessage());
    QVERIFY(window->isShowingLogin());
    QVERIFY(!PreviewPluginLoader::isLoaded()); // Qt PDF waits for the archive's first preview
    QCOMPARE(window->loginPage()->findChild<QLineEdit *>(u"loginEdit"_s)->text(), u"demo"_s);
}

void TestLoginFlow::typingAtStartGoesToThePassword()
{
    // A remembered account whose password is not kept: the form opens with the password field ready, so
    // the accountant types it and presses Enter without touching the mouse.
    OperatorAccount remembered;
    remembered.login = u"demo"_s;
    remembered.apiUrl = m_sandbox->baseUrl();
    AccountList accounts;
    accounts.remember(remembered);
    accounts.setLastUsed(remembered.id());

    auto app = startApp();
    MainWindow *window = app->window();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *password = window->loginPage()->findChild<QLineEdit *>(u"passwordEdit"_s);
    QTRY_VERIFY(window->isShowingLogin() && password->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QTest::keyClicks(QApplication::focusWidget(), u"demo-password"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isShowingLogin(), 20000);
    app->sessionController()->logOut(true);
    QTRY_VERIFY(window->isShowingLogin());
    accounts.forget(remembered.id());
}

void TestLoginFlow::remembersTheLoginAndResumesAtTheNextStart()
{
    if (!m_keychainExpected)
        QSKIP("this run has no keychain: worksWithoutAKeychain covers it");
    {
        auto app = startApp();
        QTRY_VERIFY(app->window()->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled());
        typeLogin(app->window(), u"demo"_s, u"demo-password"_s, true);
        QTRY_VERIFY(!app->window()->isShowingLogin());
        // The organisation and its contract number, as the accountant knows them: no login, no host.
        const QString shown = app->window()->statusBar()->findChild<QLabel *>(u"accountLabel"_s)->text();
        QVERIFY2(shown.contains(u"Ромашка"_s) && shown.contains(app->sessionController()->accountInfo().organisation.contractNumber),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(m_sandbox->baseUrl().host()) && !shown.contains(u"demo"_s), qPrintable(shown));
        m_secretsSeen << app->session()->tokens().accessToken.toUtf8() << app->session()->tokens().refreshToken.toUtf8();
    }
    auto again = startApp();
    QTRY_VERIFY_WITH_TIMEOUT(!again->window()->isShowingLogin(), 20000);
    m_secretsSeen << again->session()->tokens().accessToken.toUtf8() << again->session()->tokens().refreshToken.toUtf8();
}

void TestLoginFlow::logsOutRevokesTheSessionAndForgetsThePassword()
{
    if (!m_keychainExpected)
        QSKIP("this run has no keychain: worksWithoutAKeychain covers it");
    QString revokedToken;
    {
        auto app = startApp();
        QTRY_VERIFY(app->window()->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled()
                    || !app->window()->isShowingLogin());
        if (app->window()->isShowingLogin())
            typeLogin(app->window(), u"demo"_s, u"demo-password"_s, true);
        QTRY_VERIFY(!app->window()->isShowingLogin());
        revokedToken = app->session()->tokens().accessToken;
        m_secretsSeen << revokedToken.toUtf8() << app->session()->tokens().refreshToken.toUtf8();

        app->window()->showPage(PageId::Exit);
        QWidget *exitPage = app->window()->page(PageId::Exit);
        exitPage->findChild<QCheckBox *>(u"forgetPasswordCheck"_s)->setChecked(true);
        QTest::mouseClick(exitPage->findChild<QPushButton *>(u"exitButton"_s), Qt::LeftButton);
        QTRY_VERIFY(app->window()->isShowingLogin());
        QTRY_VERIFY(app->window()->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled());
    }
    QCOMPARE(m_sandbox->send("GET", u"/account"_s, {}, revokedToken).status, 401);

    auto again = startApp();
    QList<QUrl> sent; // the session starts after the first paint: watched from before that
    connect(again->api()->connection(), &OperatorConnection::requestSent, this,
            [&sent](const QByteArray &, const QUrl &url) { sent.append(url); });
    QTRY_VERIFY(again->window()->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled());
    QVERIFY2(again->window()->isShowingLogin(), "the forgotten password must not log in by itself");
    QCOMPARE(sent, QList<QUrl>()); // not even a try: nothing was left to try with
    QCOMPARE(again->window()->loginPage()->findChild<QLineEdit *>(u"loginEdit"_s)->text(), u"demo"_s);
}

void TestLoginFlow::writesNoSecretToAnyFile()
{
    m_secretsSeen << "demo-password"_ba;
    const QStringList roots{m_home.path()};
    QVERIFY(SecretScan::filesScanned(roots) > 0);
    const QStringList hits = SecretScan::filesContaining(roots, m_secretsSeen, {u"keyrings"_s});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

void TestLoginFlow::worksWithoutAKeychain()
{
    if (m_keychainExpected)
        QSKIP("this run has a keychain; the no-keychain run checks this");
    {
        auto app = startApp();
        QTRY_VERIFY(app->window()->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled());
        typeLogin(app->window(), u"demo"_s, u"demo-password"_s, true);
        QTRY_VERIFY(!app->window()->isShowingLogin());
        QTRY_VERIFY(app->window()->statusBar()->currentMessage().contains(u"keychain"_s));
    }
    auto again = startApp();
    QTRY_VERIFY(again->window()->loginPage()->findChild<QPushButton *>(u"logInButton"_s)->isEnabled());
    QVERIFY(again->window()->isShowingLogin());
    QVERIFY(messageOf(again->window()).contains(u"keychain"_s));
    const QStringList hits = SecretScan::filesContaining({m_home.path()}, {"demo-password"_ba});
    QVERIFY2(hits.isEmpty(), "no plain-text fallback, ever");
}

void TestLoginFlow::checksARememberedAddressAgainAtTheStart()
{
    // A settings file edited behind the app's back: the remembered account points at plain http on
    // another host. The start checks it like a typed address and asks the user instead of resuming.
    OperatorAccount tampered;
    tampered.login = u"demo"_s;
    tampered.apiUrl = QUrl(u"http://operator.invalid/api/v1"_s);
    AccountList accounts;
    accounts.remember(tampered);
    accounts.setLastUsed(tampered.id());

    auto app = startApp();
    MainWindow *window = app->window();
    QTRY_VERIFY(window->isShowingLogin());
    QTRY_COMPARE(messageOf(window), OperatorUrlPolicy::problemWith(tampered.apiUrl));
    accounts.forget(tampered.id());
}

// Two organisations remembered with their passwords: the start resumes the last one and shows «Организации»;
// Enter on the other's row opens its cabinet with no login form between, the first one's password kept.
void TestLoginFlow::aFirmStartsOnItsOrganisationsAndSwitchesCabinets()
{
    if (!m_keychainExpected)
        QSKIP("this run has no keychain: the firm's passwords cannot be kept");
    RememberedFirm firm(m_keychainService);
    QVERIFY(firm.remember(m_sandbox->baseUrl(), 2));
    firm.accounts().setLastUsed(firm.idOf(u"demo"_s));

    auto app = startApp();
    MainWindow *window = app->window();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isShowingLogin() && window->currentPage() == PageId::Organisations, 30000);
    QCOMPARE(app->sessionController()->currentAccount()->login, u"demo"_s);
    auto *table = window->page(PageId::Organisations)->findChild<QTableView *>(u"organisationsView"_s);
    // Both sign in on their own sessions; the overview shows each one's organisation.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2
                                 && table->model()->index(1, OrganisationsModel::StateColumn).data().toString() == u"ready"_s
                                 && table->model()->index(0, OrganisationsModel::StateColumn).data().toString() == u"ready"_s,
                             30000);
    int demo2Row = -1;
    for (int row = 0; row < 2; ++row) {
        if (table->model()->index(row, OrganisationsModel::LoginColumn).data().toString() == u"demo2"_s)
            demo2Row = row;
    }
    QVERIFY(demo2Row >= 0);
    bool formShown = false;
    connect(app->sessionController(), &SessionController::loginRequired, this, [&formShown] { formShown = true; });
    table->setFocus();
    table->setCurrentIndex(table->model()->index(demo2Row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(app->sessionController()->currentAccount()
                                 && app->sessionController()->currentAccount()->login == u"demo2"_s,
                             30000);
    QTRY_COMPARE(window->currentPage(), PageId::Invoices);
    QVERIFY(!window->isShowingLogin());
    QVERIFY(!formShown);
    QVERIFY(window->statusBar()->currentMessage().startsWith(u"The cabinet of "_s));
    // The one left keeps its password: it can be switched back to just the same.
    std::optional<QString> kept;
    firm.secrets()->loadPassword(firm.accounts().find(firm.idOf(u"demo"_s)).value(), this,
                                 [&](const CredentialStore::Result &, const QString &password) { kept = password; });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(*kept, u"demo-password"_s);

    app.reset();
    QVERIFY(firm.forgetAll());
    for (const OperatorAccount &account : firm.accounts().accounts())
        firm.accounts().forget(account.id());
}

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
