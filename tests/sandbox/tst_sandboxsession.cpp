#include "SandboxHarness.h"

#include <QTest>

using namespace Qt::StringLiterals;

// POST/DELETE /session, POST /session/refresh: tokens, expiry, rotation, throttling.
class TestSandboxSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logInGivesBearerTokens();
    void wrongPasswordIsInvalidCredentials();
    void fiveFailuresThrottleTheLogin();
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
    // Other logins are not affected; 15 minutes later the login works again.
    QVERIFY(!sandbox.logInSecond().isEmpty());
    QVERIFY(sandbox.setClock(u"2026-05-10T09:16:00Z"_s));
    QVERIFY(!sandbox.logIn().isEmpty());
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
