// Turning non-2xx answers into typed errors, and checking a success answer is JSON before it is parsed.
#include "api/parsers/ResponseParsers.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Declared before the helpers below: moc mis-lexes some raw string literals and would miss it.
class TestProblemParser : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void problemExtensions();
    void fieldErrors();
    void jsonBody_data();
    void jsonBody();
};

namespace {

const QDateTime now(QDate(2025, 3, 4), QTime(9, 15), Qt::UTC);

QByteArray problemJson(const char *code, int status, const char *extra = "")
{
    return QByteArray(R"({"type":"https://sipcabinet.example/problems/)") + code + R"(","title":"Title","status":)"
           + QByteArray::number(status) + R"(,"detail":"Detail text","code":")" + code + '"' + extra + '}';
}

const QByteArray proxyPage = "<html><head><title>502 Bad Gateway</title></head>"
                             "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

} // namespace

void TestProblemParser::problem_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("retryAfterSeconds");

    const QByteArray problemType = "application/problem+json";
    QTest::newRow("not_found") << 404 << problemType << problemJson("not_found", 404) << QByteArray() << u"not_found"_s << -1;
    QTest::newRow("job_finished") << 409 << problemType << problemJson("job_finished", 409) << QByteArray()
                                  << u"job_finished"_s << -1;
    QTest::newRow("job_not_ready") << 409 << problemType << problemJson("job_not_ready", 409) << QByteArray()
                                   << u"job_not_ready"_s << -1;
    QTest::newRow("payload_too_large") << 413 << problemType << problemJson("payload_too_large", 413) << QByteArray()
                                       << u"payload_too_large"_s << -1;
    QTest::newRow("token_expired") << 401 << problemType << problemJson("token_expired", 401) << QByteArray()
                                   << u"token_expired"_s << -1;
    QTest::newRow("link_expired") << 410 << problemType << problemJson("link_expired", 410) << QByteArray()
                                  << u"link_expired"_s << -1;
    QTest::newRow("problem with charset") << 403 << QByteArray("application/problem+json; charset=utf-8")
                                          << problemJson("forbidden", 403) << QByteArray() << u"forbidden"_s << -1;
    QTest::newRow("problem as plain json") << 422 << QByteArray("application/json") << problemJson("invalid_email", 422)
                                           << QByteArray() << u"invalid_email"_s << -1;

    QTest::newRow("rate_limited, header seconds") << 429 << problemType << problemJson("rate_limited", 429, R"(,"retry_after":30)")
                                                  << QByteArray("30") << u"rate_limited"_s << 30;
    QTest::newRow("rate_limited, header wins over body") << 429 << problemType
                                                         << problemJson("rate_limited", 429, R"(,"retry_after":30)")
                                                         << QByteArray(" 45 ") << u"rate_limited"_s << 45;
    QTest::newRow("rate_limited, body only") << 429 << problemType << problemJson("rate_limited", 429, R"(,"retry_after":17)")
                                             << QByteArray() << u"rate_limited"_s << 17;
    QTest::newRow("rate_limited, negative body ignored") << 429 << problemType
                                                         << problemJson("rate_limited", 429, R"(,"retry_after":-3)")
                                                         << QByteArray() << u"rate_limited"_s << -1;
    QTest::newRow("503, Retry-After HTTP-date") << 503 << problemType << problemJson("service_unavailable", 503)
                                                << QByteArray("Tue, 04 Mar 2025 09:17:00 GMT") << u"service_unavailable"_s << 120;
    QTest::newRow("503, Retry-After RFC 850 date") << 503 << problemType << problemJson("service_unavailable", 503)
                                                   << QByteArray("Tuesday, 04-Mar-25 09:17:00 GMT")
                                                   << u"service_unavailable"_s << 120;
    QTest::newRow("503, Retry-After asctime date") << 503 << problemType << problemJson("service_unavailable", 503)
                                                   << QByteArray("Tue Mar  4 09:17:00 2025") << u"service_unavailable"_s << 120;
    QTest::newRow("503, Retry-After date passed") << 503 << problemType << problemJson("service_unavailable", 503)
                                                  << QByteArray("Tue, 04 Mar 2025 09:00:00 GMT") << u"service_unavailable"_s << 0;
    QTest::newRow("503, Retry-After garbage") << 503 << problemType << problemJson("service_unavailable", 503)
                                              << QByteArray("soon") << u"service_unavailable"_s << -1;
    QTest::newRow("503, Retry-After negative") << 503 << problemType << problemJson("service_unavailable", 503)
                                               << QByteArray("-5") << u"service_unavailable"_s << -1;

    QTest::newRow("HTML 502 from a proxy") << 502 << QByteArray("text/html") << proxyPage << QByteArray()
                                           << u"service_unavailable"_s << -1;
    QTest::newRow("empty 503 with Retry-After") << 503 << QByteArray() << QByteArray() << QByteArray("5")
                                                << u"service_unavailable"_s << 5;
    QTest::newRow("504 plain text") << 504 << QByteArray("text/plain") << QByteArray("Gateway Timeout") << QByteArray()
                                    << u"service_unavailable"_s << -1;
    QTest::newRow("500 plain text") << 500 << QByteArray("text/plain") << QByteArray("oops") << QByteArray()
                                    << u"internal_error"_s << -1;
    QTest::newRow("404 HTML") << 404 << QByteArray("text/html") << QByteArray("<h1>Not Found</h1>") << QByteArray()
                              << u"not_found"_s << -1;
    QTest::newRow("401 empty") << 401 << QByteArray() << QByteArray() << QByteArray() << u"unauthorized"_s << -1;
    QTest::newRow("429 empty") << 429 << QByteArray() << QByteArray() << QByteArray("60") << u"rate_limited"_s << 60;
    QTest::newRow("418 empty") << 418 << QByteArray() << QByteArray() << QByteArray() << u"http_418"_s << -1;
    QTest::newRow("problem with wrong content type") << 409 << QByteArray("text/html")
                                                     << problemJson("invoicing_blackout", 409) << QByteArray()
                                                     << u"http_409"_s << -1;
    QTest::newRow("truncated problem") << 503 << problemType << problemJson("service_unavailable", 503).left(40)
                                       << QByteArray() << u"service_unavailable"_s << -1;
    QTest::newRow("problem without code") << 409 << problemType << QByteArray(R"({"title":"Conflict","status":409})")
                                          << QByteArray() << u"http_409"_s << -1;
    QTest::newRow("problem as array") << 500 << problemType << QByteArray("[1,2]") << QByteArray() << u"internal_error"_s << -1;
    QTest::newRow("unknown code by status") << 503 << problemType << problemJson("maintenance_window", 503) << QByteArray()
                                            << u"service_unavailable"_s << -1;
    QTest::newRow("binary garbage") << 400 << problemType << QByteArray("\xff\xfe\x00\x01", 4) << QByteArray()
                                    << u"http_400"_s << -1;
}

void TestProblemParser::problem()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, code);
    QFETCH(int, retryAfterSeconds);

    const ApiError error = ResponseParsers::problem(status, contentType, body, retryAfter, now);
    QCOMPARE(error.kind, ApiError::Kind::Problem);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.retryAfterSeconds, retryAfterSeconds);
    QVERIFY2(!error.detail.isEmpty(), "the log needs a detail");
    QVERIFY(!error.userMessage().isEmpty());
}

void TestProblemParser::problemExtensions()
{
    const QByteArray problemType = "application/problem+json";
    const ApiError blackout = ResponseParsers::problem(
        409, problemType, problemJson("invoicing_blackout", 409, R"(,"reopens_at":"2025-03-03T21:00:00Z")"), {}, now);
    QVERIFY(blackout.isProblem(u"invoicing_blackout"));
    QCOMPARE(blackout.reopensAt, QDateTime(QDate(2025, 3, 3), QTime(21, 0), Qt::UTC));
    QCOMPARE(blackout.detail, u"Detail text"_s);

    const ApiError badReopening = ResponseParsers::problem(
        409, problemType, problemJson("invoicing_blackout", 409, R"(,"reopens_at":"the 4th")"), {}, now);
    QVERIFY(badReopening.isProblem(u"invoicing_blackout"));
    QVERIFY(!badReopening.reopensAt.isValid());
    QVERIFY2(badReopening.detail.contains(u"reopens_at"_s), qPrintable(badReopening.detail));

    const ApiError unavailable = ResponseParsers::problem(
        422, problemType, problemJson("period_unavailable", 422, R"(,"available_periods":["2025-02","2025-01"])"), {}, now);
    QVERIFY(unavailable.isProblem(u"period_unavailable"));
    QCOMPARE(unavailable.availablePeriods, QStringList({u"2025-02"_s, u"2025-01"_s}));

    const ApiError oddPeriods = ResponseParsers::problem(
        422, problemType, problemJson("period_unavailable", 422, R"(,"available_periods":["2025-02","Jan",7])"), {}, now);
    QCOMPARE(oddPeriods.availablePeriods, QStringList({u"2025-02"_s}));
    QVERIFY2(oddPeriods.detail.contains(u"available_periods"_s), qPrintable(oddPeriods.detail));

    const ApiError unknown = ResponseParsers::problem(409, problemType, problemJson("brand_new_code", 409), {}, now);
    QCOMPARE(unknown.code, u"http_409"_s);
    QVERIFY2(unknown.detail.contains(u"brand_new_code"_s), qPrintable(unknown.detail));

    const ApiError proxy = ResponseParsers::problem(502, "text/html; charset=utf-8", proxyPage, {}, now);
    QVERIFY2(proxy.detail.contains(u"text/html"_s), qPrintable(proxy.detail));
    QVERIFY(!proxy.detail.contains(u"nginx"_s)); // a page is not a detail: it would flood the log
}

void TestProblemParser::fieldErrors()
{
    const ApiError error = ResponseParsers::problem(
        400, "application/problem+json",
        problemJson("validation_failed", 400,
                    R"(,"errors":[{"field":"period","message":"expected YYYY-MM"},{"field":"","message":"bad body"}])"),
        {}, now);
    QVERIFY(error.isProblem(u"validation_failed"));
    QCOMPARE(error.fieldErrors.size(), 2);
    QCOMPARE(error.fieldErrors.at(0).field, u"period"_s);
    QCOMPARE(error.fieldErrors.at(0).message, u"expected YYYY-MM"_s);
    QCOMPARE(error.fieldErrors.at(1).field, QString());

    const ApiError odd = ResponseParsers::problem(
        400, "application/problem+json", problemJson("validation_failed", 400, R"(,"errors":[{"field":1},"x"])"), {}, now);
    QVERIFY(odd.isProblem(u"validation_failed"));
    QVERIFY(odd.fieldErrors.isEmpty());
}

void TestProblemParser::jsonBody_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fault"); // empty: the body must be accepted

    const QByteArray json = R"({"items":[]})";
    QTest::newRow("application/json") << QByteArray("application/json") << json << QString();
    QTest::newRow("with charset") << QByteArray("application/json; charset=utf-8") << json << QString();
    QTest::newRow("mixed case") << QByteArray("Application/JSON;Charset=UTF-8") << json << QString();
    QTest::newRow("quoted charset") << QByteArray(R"(application/json; charset="utf-8")") << json << QString();
    QTest::newRow("top-level array") << QByteArray("application/json") << QByteArray("[]") << QString();
    QTest::newRow("HTML page") << QByteArray("text/html") << proxyPage << u"expected application/json"_s;
    QTest::newRow("no content type") << QByteArray() << json << u"expected application/json"_s;
    QTest::newRow("problem on success") << QByteArray("application/problem+json") << json << u"expected application/json"_s;
    QTest::newRow("json-like type") << QByteArray("application/jsonx") << json << u"expected application/json"_s;
    QTest::newRow("other charset") << QByteArray("application/json; charset=windows-1251") << json << u"UTF-8"_s;
    QTest::newRow("non-JSON body") << QByteArray("application/json") << proxyPage << u"not JSON"_s;
    QTest::newRow("truncated body") << QByteArray("application/json") << QByteArray(R"({"items":[)") << u"not JSON"_s;
    QTest::newRow("empty body") << QByteArray("application/json") << QByteArray() << u"not JSON"_s;
    QTest::newRow("bare number") << QByteArray("application/json") << QByteArray("42") << u"not JSON"_s;
}

void TestProblemParser::jsonBody()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, fault);

    const ApiResult<QJsonDocument> result = ResponseParsers::jsonBody(contentType, body);
    if (fault.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detail));
        QVERIFY(!result.value().isNull());
        return;
    }
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Protocol);
    QVERIFY2(result.error().detail.contains(fault), qPrintable(result.error().detail));
}

QTEST_GUILESS_MAIN(TestProblemParser)
#include "tst_problemparser.moc"
