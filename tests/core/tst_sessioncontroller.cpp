// Session policy without widgets, against the sandbox and the test session's real keychain: resuming from
// remembered tokens, an expired refresh, no keychain at all, a wrong password, the operator down.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "accounts/AccountList.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/NoKeychainCredentialStore.h"
#include "session/OperatorSession.h"
#include "session/SessionController.h"

#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// What a start of the app builds for the session: a fresh connection, the same keychain and settings.
struct AppStart
{
    explicit AppStart(CredentialStore *store)
        : api(new OperatorApi(&connection, &connection))
        , session(new OperatorSession(&connection, &connection))
        , secrets(store, &connection)
        , controller(api, session, &secrets, &accounts)
    {
        RetryPolicy quick;
        quick.baseDelay = std::chrono::milliseconds(10);
        connection.setRetryPolicy(quick);
    }

    // How the controller ended: "loggedIn", "loginRequired", "loginFailed" or "offline", and its message.
    std::pair<QString, QString> outcome(const std::function<void()> &action)
    {
        std::pair<QString, QString> result;
        QEventLoop loop;
        const auto end = [&](const QString &what) {
            return [&, what](const QString &message = {}) {
                result = {what, message};
                loop.quit();
            };
        };
        QObject::connect(&controller, &SessionController::loggedIn, &loop, [f = end(u"loggedIn"_s)] { f(); });
        QObject::connect(&controller, &SessionController::loginRequired, &loop, end(u"loginRequired"_s));
        QObject::connect(&controller, &SessionController::loginFailed, &loop, end(u"loginFailed"_s));
        QObject::connect(&controller, &SessionController::offline, &loop, end(u"offline"_s));
        QTimer::singleShot(60000, &loop, [&] { result = {u"nothing"_s, {}}; loop.quit(); });
        action();
        loop.exec();
        return result;
    }

    bool sentPasswordLogIn(const QSignalSpy &requests) const
    {
        for (const QList<QVariant> &request : requests) {
            if (request.at(0).toByteArray() == "POST" && request.at(1).toUrl().path().endsWith(u"/session"_s))
                return true;
        }
        return false;
    }

    OperatorConnection connection;
    OperatorApi *api;
    OperatorSession *session;
    AccountSecrets secrets;
    AccountList accounts;
    SessionController controller;
};

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wrongPasswordIsRefused();
    void resumesFromRememberedTokens();
    void expiredRefreshFallsBackToTheRememberedPassword();
    void expiredRefreshWithoutPasswordAsksForIt();
    void withoutKeychainNothingIsRemembered();
    void operatorDownGoesOffline();

private:
    OperatorAccount account() const { return m_account; }
    bool logInRemembering(CredentialStore *store);
    bool forgetPassword(CredentialStore *store);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    OperatorAccount m_account;
};

void TestSessionController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_account = {u"demo"_s, m_sandbox->baseUrl(), {}};
    m_keychain = std::make_unique<KeychainCredentialStore>(u"SIP Cabinet test "_s + QUuid::createUuid().toString());
}

void TestSessionController::cleanup()
{
    if (m_keychain) {
        AccountSecrets secrets(m_keychain.get());
        bool done = false;
        secrets.forgetTokens(account(), this, [&](const CredentialStore::Result &) { done = true; });
        QTRY_VERIFY(done);
        forgetPassword(m_keychain.get());
    }
    m_keychain.reset();
    m_sandbox.reset();
    m_dir.reset();
}

bool TestSessionController::logInRemembering(CredentialStore *store)
{
    AppStart first(store);
    const auto [what, message] = first.outcome([&] { first.controller.logIn(account(), u"demo-password"_s, true); });
    if (what != u"loggedIn"_s)
        return false;
    // The secrets are written after the log-in; wait until both can be read back.
    bool passwordKept = false;
    first.secrets.loadPassword(account(), &first.connection,
                               [&](const CredentialStore::Result &, const QString &p) { passwordKept = !p.isEmpty(); });
    std::optional<bool> tokensKept;
    first.secrets.loadTokens(account(), &first.connection,
                             [&](std::optional<SessionTokens> tokens) { tokensKept = tokens.has_value(); });
    return QTest::qWaitFor([&] { return tokensKept.has_value(); }, 20000) && *tokensKept && passwordKept;
}

bool TestSessionController::forgetPassword(CredentialStore *store)
{
    AccountSecrets secrets(store);
    std::optional<bool> forgotten;
    secrets.forgetPassword(account(), this, [&](const CredentialStore::Result &r) { forgotten = r.isOk(); });
    return QTest::qWaitFor([&] { return forgotten.has_value(); }, 20000) && *forgotten;
}

void TestSessionController::wrongPasswordIsRefused()
{
    AppStart app(m_keychain.get());
    const auto [what, message] = app.outcome([&] { app.controller.logIn(account(), u"not-the-password"_s, true); });
    QCOMPARE(what, u"loginFailed"_s);
    QVERIFY(!message.isEmpty());
    QVERIFY(!app.controller.currentAccount());
    QVERIFY(!app.accounts.lastUsed()); // nothing remembered of a refused log-in
    QVERIFY(!app.controller.isOffline());
}

void TestSessionController::resumesFromRememberedTokens()
{
    QVERIFY(logInRemembering(m_keychain.get()));
    QVERIFY(forgetPassword(m_keychain.get())); // only the tokens are left to resume with
    AppStart next(m_keychain.get());
    QSignalSpy requests(&next.connection, &OperatorConnection::requestSent);
    const auto [what, message] = next.outcome([&] { next.controller.start(); });
    QCOMPARE(what, u"loggedIn"_s);
    QVERIFY(!next.sentPasswordLogIn(requests));
    QCOMPARE(next.controller.currentAccount()->id(), account().id());
    QVERIFY(!next.controller.accountInfo().organisation.name.isEmpty());
}

void TestSessionController::expiredRefreshFallsBackToTheRememberedPassword()
{
    QVERIFY(logInRemembering(m_keychain.get()));
    QVERIFY(m_sandbox->setClock(SandboxFixture::defaultNow().addDays(31))); // the refresh token lives 30 days
    AppStart next(m_keychain.get());
    QSignalSpy requests(&next.connection, &OperatorConnection::requestSent);
    const auto [what, message] = next.outcome([&] { next.controller.start(); });
    QCOMPARE(what, u"loggedIn"_s);
    QVERIFY(next.sentPasswordLogIn(requests));
}

void TestSessionController::expiredRefreshWithoutPasswordAsksForIt()
{
    QVERIFY(logInRemembering(m_keychain.get()));
    QVERIFY(forgetPassword(m_keychain.get()));
    QVERIFY(m_sandbox->setClock(SandboxFixture::defaultNow().addDays(31)));
    AppStart next(m_keychain.get());
    const auto [what, message] = next.outcome([&] { next.controller.start(); });
    QCOMPARE(what, u"loginRequired"_s);
    QVERIFY(!next.controller.currentAccount());
}

void TestSessionController::withoutKeychainNothingIsRemembered()
{
    NoKeychainCredentialStore none;
    AppStart first(&none);
    QSignalSpy notices(&first.controller, &SessionController::notice);
    const auto [what, message] = first.outcome([&] { first.controller.logIn(account(), u"demo-password"_s, true); });
    QCOMPARE(what, u"loggedIn"_s);
    QVERIFY(!notices.isEmpty() || notices.wait(10000)); // the user is told the password could not be kept

    AppStart next(&none);
    const auto [nextWhat, nextMessage] = next.outcome([&] { next.controller.start(); });
    QCOMPARE(nextWhat, u"loginRequired"_s);
    QVERIFY(!nextMessage.isEmpty()); // says why the password is asked for again
}

void TestSessionController::operatorDownGoesOffline()
{
    QVERIFY(logInRemembering(m_keychain.get()));
    m_sandbox.reset(); // nothing listens at the remembered address any more
    AppStart next(m_keychain.get());
    const auto [what, message] = next.outcome([&] { next.controller.start(); });
    QCOMPARE(what, u"offline"_s);
    QVERIFY(!message.isEmpty());
    QVERIFY(next.controller.isOffline());
    // The remembered secrets stay for the next try.
    std::optional<bool> tokensKept;
    next.secrets.loadTokens(account(), &next.connection,
                            [&](std::optional<SessionTokens> tokens) { tokensKept = tokens.has_value(); });
    QTRY_VERIFY(tokensKept.has_value());
    QVERIFY(*tokensKept);
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
