#include "security/LoginThrottle.h"
#include "SandboxHarness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::LoginThrottle;

// POST/DELETE /session, POST /session/refresh: tokens, expiry, rotation, throttling.
class TestSandboxSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logInGivesBearerTokens();
    void wrongPasswordIsInvalidCredentials();
    void fiveFailuresThrottleTheLogin();
    void aStrangerCannotLockTheUserOut();
    void eachFurtherFailureWaitsLonger();
    void anAddressFailingOnManyLoginsIsSlowed();
    void anOldPasswordHashIsUpgradedAtTheNextLogIn();
    void missingOrBadTokenIsUnauthorized_data();
    void missingOrBadTokenIsUnauthorized();
    void expiredTokenIsTokenExpired();
    void refreshRotatesTokens();
    void logOutRevokesTheToken();
};

void TestSandboxSession::logInGivesBearerTokens()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    const HttpAnswer answer = sandbox.call("POST", u"/session"_s,
        SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}}));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(answer.json.value(u"expires_in"_s).toInt(), 900);
    QCOMPARE(answer.json.value(u"expires_at"_s).toString(), u"2026-05-10T09:15:00Z"_s);
    QVERIFY(answer.json.value(u"access_token"_s).toString().size() >= 32);
    QVERIFY(!answer.json.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, answer.json.value(u"access_token"_s).toString())
                 .status, 200);
}

void TestSandboxSession::wrongPasswordIsInvalidCredentials()
{
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("POST", u"/session"_s,
        SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"nope"_s}}));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), u"invalid_credentials"_s);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(sandbox.logIn(u"nobody"_s, u"x"_s).isEmpty());
}

void TestSandboxSession::fiveFailuresThrottleTheLogin()
{
    SandboxHarness sandbox;
    const QByteArray wrong =
        SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"wrong"_s}});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sandbox.call("POST", u"/session"_s, wrong).status, 401);
    const HttpAnswer locked = sandbox.call("POST", u"/session"_s,
        SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}}));
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.code(), u"rate_limited"_s);
    QVERIFY(locked.header("Retry-After").toInt() > 0);
    QCOMPARE(locked.json.value(u"retry_after"_s).toInt(), locked.header("Retry-After").toInt());
    QCOMPARE(locked.header("Retry-After").toInt(), LoginThrottle::firstWaitSeconds);
    // Other logins are not affected; once the wait is over the login works again.
    QVERIFY(!sandbox.logInSecond().isEmpty());
    QVERIFY(sandbox.setClock(u"2026-05-10T09:00:31Z"_s));
    QVERIFY(!sandbox.logIn().isEmpty());
}

void TestSandboxSession::aStrangerCannotLockTheUserOut()
{
    // Someone at another address guesses the password of "demo" until refused...
    SandboxHarness sandbox;
    const QHostAddress stranger(u"127.0.0.2"_s);
    const QByteArray wrong = SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"wrong"_s}});
    const QByteArray right = SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sandbox.callFrom(stranger, "POST", u"/session"_s, wrong).status, 401);
    QCOMPARE(sandbox.callFrom(stranger, "POST", u"/session"_s, right).status, 429);
    // ...and the accountant, at their own address, still logs in with the right password.
    const HttpAnswer own = sandbox.call("POST", u"/session"_s, right);
    QCOMPARE(own.status, 200);
    QVERIFY(!own.json.value(u"access_token"_s).toString().isEmpty());
}

void TestSandboxSession::eachFurtherFailureWaitsLonger()
{
    SandboxHarness sandbox;
    const QByteArray wrong = SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"wrong"_s}});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sandbox.call("POST", u"/session"_s, wrong).status, 401);
    QDateTime now = QDateTime::fromString(QString::fromLatin1(SandboxHarness::startTime), Qt::ISODate);
    QList<int> waits;
    for (int round = 0; round < 3; ++round) {
        const HttpAnswer refused = sandbox.call("POST", u"/session"_s, wrong);
        QCOMPARE(refused.status, 429);
        waits.append(refused.header("Retry-After").toInt());
        now = now.addSecs(waits.constLast());
        QVERIFY(sandbox.setClock(now.toString(Qt::ISODate)));
        QCOMPARE(sandbox.call("POST", u"/session"_s, wrong).status, 401); // allowed again, and wrong again
    }
    QCOMPARE(waits, (QList<int>{30, 60, 120}));
}

void TestSandboxSession::anAddressFailingOnManyLoginsIsSlowed()
{
    SandboxHarness sandbox;
    const QHostAddress sprayer(u"127.0.0.3"_s);
    for (int i = 0; i < LoginThrottle::addressFailureLimit; ++i) {
        const QByteArray guess =
            SandboxHarness::json({{u"login"_s, u"user%1"_s.arg(i)}, {u"password"_s, u"Summer2026"_s}});
        QCOMPARE(sandbox.callFrom(sprayer, "POST", u"/session"_s, guess).status, 401);
    }
    const HttpAnswer refused = sandbox.callFrom(
        sprayer, "POST", u"/session"_s, SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"x"_s}}));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QVERIFY(!sandbox.logIn().isEmpty()); // other addresses are not slowed
}

void TestSandboxSession::anOldPasswordHashIsUpgradedAtTheNextLogIn()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.storeLegacyPasswordHash(u"demo"_s, u"demo-password"_s));
    QVERIFY(!sandbox.passwordHashOf(u"demo"_s).startsWith("$argon2id$"));
    QVERIFY(sandbox.logIn(u"demo"_s, u"wrong"_s).isEmpty());
    QVERIFY(!sandbox.passwordHashOf(u"demo"_s).startsWith("$argon2id$")); // a wrong password changes nothing
    QVERIFY(!sandbox.logIn().isEmpty());
    QVERIFY(sandbox.passwordHashOf(u"demo"_s).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    QVERIFY(!sandbox.logIn().isEmpty()); // and the new hash verifies
}

void TestSandboxSession::missingOrBadTokenIsUnauthorized_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("missing") << QString();
    QTest::newRow("made up") << u"not-a-token"_s;
}

void TestSandboxSession::missingOrBadTokenIsUnauthorized()
{
    QFETCH(QString, token);
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("GET", u"/invoices"_s, {}, token);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), u"unauthorized"_s);
}

void TestSandboxSession::expiredTokenIsTokenExpired()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    QVERIFY(sandbox.setClock(u"2026-05-10T09:14:59Z"_s));
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, token).status, 200);
    QVERIFY(sandbox.setClock(u"2026-05-10T09:15:00Z"_s));
    const HttpAnswer answer = sandbox.call("GET", u"/account"_s, {}, token);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), u"token_expired"_s);
}

void TestSandboxSession::refreshRotatesTokens()
{
    SandboxHarness sandbox;
    const HttpAnswer first = sandbox.call("POST", u"/session"_s,
        SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}}));
    const QString oldRefresh = first.json.value(u"refresh_token"_s).toString();
    QVERIFY(sandbox.setClock(u"2026-05-10T09:20:00Z"_s));
    const HttpAnswer refreshed = sandbox.call("POST", u"/session/refresh"_s,
        SandboxHarness::json({{u"refresh_token"_s, oldRefresh}}));
    QCOMPARE(refreshed.status, 200);
    const QString newAccess = refreshed.json.value(u"access_token"_s).toString();
    QVERIFY(refreshed.json.value(u"refresh_token"_s).toString() != oldRefresh);
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, newAccess).status, 200);
    const HttpAnswer reused = sandbox.call("POST", u"/session/refresh"_s,
        SandboxHarness::json({{u"refresh_token"_s, oldRefresh}}));
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.code(), u"unauthorized"_s);
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, first.json.value(u"access_token"_s).toString())
                 .code(), u"unauthorized"_s);
}

void TestSandboxSession::logOutRevokesTheToken()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    QCOMPARE(sandbox.call("DELETE", u"/session"_s, {}, token).status, 204);
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, token).code(), u"unauthorized"_s);
}

QTEST_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"
