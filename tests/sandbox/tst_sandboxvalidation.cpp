#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

// Bad input always gets a clear 4xx problem, and faults come on demand.
class TestSandboxValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badBodiesAreProblems_data();
    void badBodiesAreProblems();
    void unknownPathIsNotFound();
    void refusesAMalformedIdempotencyKey_data();
    void refusesAMalformedIdempotencyKey();
    void neverAnswersCreatedForWhatItDidNotStore();
    void faults_data();
    void faults();
    void faultCountAndLatency();
};

void TestSandboxValidation::badBodiesAreProblems_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("POST") << u"/invoice-documents"_s
                               << QByteArray("{\"period\": ") << 400 << u"validation_failed"_s;
    QTest::newRow("not an object") << QByteArray("PUT") << u"/delivery"_s << QByteArray("[1,2]")
                                   << 400 << u"validation_failed"_s;
    QTest::newRow("unknown field") << QByteArray("POST") << u"/invoice-documents"_s
                                   << QByteArray("{\"period\":\"2026-04\",\"x\":1}") << 400
                                   << u"validation_failed"_s;
    QTest::newRow("wrong type") << QByteArray("POST") << u"/invoice-documents"_s
                                << QByteArray("{\"period\":202604}") << 400
                                << u"validation_failed"_s;
    QTest::newRow("missing field") << QByteArray("PUT") << u"/delivery"_s
                                   << QByteArray("{\"method\":\"email\"}") << 400
                                   << u"validation_failed"_s;
    QTest::newRow("bad period") << QByteArray("POST") << u"/invoice-documents"_s
                                << QByteArray("{\"period\":\"April\"}") << 400
                                << u"validation_failed"_s;
    QTest::newRow("huge body") << QByteArray("PUT") << u"/delivery"_s
                               << "{\"method\":\"" + QByteArray(200000, 'a') + "\"}" << 413
                               << u"payload_too_large"_s;
    QTest::newRow("bad phone") << QByteArray("POST") << u"/callback-requests"_s
                               << QByteArray("{\"phone\":\"8 800 555\",\"comment\":\"\"}") << 422
                               << u"invalid_phone"_s;
    // The contract requires both members (the comment may be empty, the attachment null).
    QTest::newRow("call-back without comment") << QByteArray("POST") << u"/callback-requests"_s
                                               << QByteArray("{\"phone\":\"+79161234567\"}") << 400
                                               << u"validation_failed"_s;
    QTest::newRow("feedback without attachment") << QByteArray("POST") << u"/feedback"_s
                                                 << QByteArray("{\"topic\":\"t\",\"text\":\"x\"}") << 400
                                                 << u"validation_failed"_s;
    QTest::newRow("bad base64") << QByteArray("POST") << u"/feedback"_s
                                << QByteArray("{\"topic\":\"t\",\"text\":\"x\",\"attachment\":"
                                              "{\"name\":\"a\",\"content_type\":\"text/plain\","
                                              "\"data_base64\":\"!!!\"}}")
                                << 400 << u"validation_failed"_s;
    QTest::newRow("bad payments range") << QByteArray("GET") << u"/payments?from=2026-13-01"_s
                                        << QByteArray() << 400 << u"validation_failed"_s;
}

void TestSandboxValidation::badBodiesAreProblems()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call(method, path, body, sandbox.logIn());
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.json.value(u"status"_s).toInt(), status);
    QVERIFY(answer.json.value(u"type"_s).toString().endsWith(code));
    if (code == u"validation_failed"_s)
        QVERIFY(answer.json.value(u"errors"_s).isArray());
}

void TestSandboxValidation::unknownPathIsNotFound()
{
    SandboxHarness sandbox;
    QCOMPARE(sandbox.call("GET", u"/no-such-thing"_s, {}, sandbox.logIn()).code(), u"not_found"_s);
}

void TestSandboxValidation::refusesAMalformedIdempotencyKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("too long") << QByteArray(256, 'k');
    QTest::newRow("space") << QByteArray("two words");
    QTest::newRow("control") << QByteArray("key\x01");
    QTest::newRow("not ASCII") << QByteArray("ключ");
}

void TestSandboxValidation::refusesAMalformedIdempotencyKey()
{
    QFETCH(QByteArray, key);
    SandboxHarness sandbox;
    const HttpAnswer answer =
        sandbox.call("POST", u"/callback-requests"_s, R"({"phone":"+79161234567","comment":""})", sandbox.logIn(),
                     {{QByteArrayLiteral("Idempotency-Key"), key}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"validation_failed"_s);
}

void TestSandboxValidation::neverAnswersCreatedForWhatItDidNotStore()
{
    // A real storage fault: the database itself refuses the row (as a full disk or a constraint would).
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    QVERIFY(sandbox.failWritesTo(u"callback_requests"_s));
    const HttpAnswer answer =
        sandbox.call("POST", u"/callback-requests"_s, R"({"phone":"+79161234567","comment":""})", token);
    QCOMPARE(answer.status, 500);
    QCOMPARE(answer.code(), u"internal_error"_s);
    QVERIFY(answer.json.value(u"id"_s).isUndefined());
}

void TestSandboxValidation::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("networkError");
    QTest::newRow("503") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 503},
                                        {u"retry_after"_s, 7}}
                         << 503 << u"service_unavailable"_s << false;
    QTest::newRow("500") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 500}}
                         << 500 << u"internal_error"_s << false;
    QTest::newRow("429") << QJsonObject{{u"kind"_s, u"rate_limit"_s}, {u"retry_after"_s, 7}}
                         << 429 << u"rate_limited"_s << false;
    QTest::newRow("malformed json") << QJsonObject{{u"kind"_s, u"malformed_json"_s}} << 200
                                    << QString() << false;
    QTest::newRow("drop") << QJsonObject{{u"kind"_s, u"drop"_s}} << 0 << QString() << true;
    QTest::newRow("truncate") << QJsonObject{{u"kind"_s, u"truncate"_s}} << 200 << QString()
                              << true;
}

void TestSandboxValidation::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, networkError);
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    fault.insert(u"path_prefix"_s, u"/invoices"_s);
    QCOMPARE(sandbox.call("POST", u"/admin/faults"_s, SandboxHarness::json(fault)).status, 201);
    const HttpAnswer answer = sandbox.call("GET", u"/invoices"_s, {}, token);
    QCOMPARE(answer.error != QNetworkReply::NoError && answer.status < 400, networkError);
    if (!networkError) {
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.code(), code);
    }
    if (status == 503 || status == 429)
        QCOMPARE(answer.header("Retry-After"), QByteArray("7"));
    if (fault.value(u"kind"_s).toString() == u"malformed_json"_s)
        QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
    // Other paths are untouched; clearing the faults restores the path.
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, token).status, 200);
    QCOMPARE(sandbox.call("DELETE", u"/admin/faults"_s).status, 204);
    QCOMPARE(sandbox.call("GET", u"/invoices"_s, {}, token).status, 200);
}

void TestSandboxValidation::faultCountAndLatency()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    sandbox.call("POST", u"/admin/faults"_s, SandboxHarness::json({{u"path_prefix"_s, u"/clock"_s},
        {u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"count"_s, 2}}));
    QCOMPARE(sandbox.call("GET", u"/clock"_s, {}, token).status, 503);
    QCOMPARE(sandbox.call("GET", u"/clock"_s, {}, token).status, 503);
    QCOMPARE(sandbox.call("GET", u"/clock"_s, {}, token).status, 200);
    sandbox.call("POST", u"/admin/faults"_s, SandboxHarness::json({{u"path_prefix"_s, u"/account"_s},
        {u"kind"_s, u"latency"_s}, {u"latency_ms"_s, 300}, {u"count"_s, 1}}));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(sandbox.call("GET", u"/account"_s, {}, token).status, 200);
    QVERIFY(timer.elapsed() >= 290);
}

QTEST_MAIN(TestSandboxValidation)
#include "tst_sandboxvalidation.moc"
