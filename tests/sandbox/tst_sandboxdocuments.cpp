#include "SandboxHarness.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Invoice documents: ordering, long poll, cancellation, signed links and streamed downloads.
class TestSandboxDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheTwoPreviousMonths_data();
    void onlyTheTwoPreviousMonths();
    void longPollAnswersEarlyOnProgress();
    void readyJobDownloadsWithSizeAndHash();
    void rangeResumesTheDownload();
    void expiredLinkIsGoneAndForgedLinkForbidden();
    void aLinkDiesWithItsSession();
    void aLinkIsReadInItsOneSpellingOnly_data();
    void aLinkIsReadInItsOneSpellingOnly();
    void anOverflowingRangeIsNotSatisfiable();
    void cancelWhileGeneratingButNotAfter();
    void bigDocumentIsStreamed();

private:
    static QJsonObject waitUntilReady(SandboxHarness &sandbox, const QString &token,
                                      const QString &jobId);
};

QJsonObject TestSandboxDocuments::waitUntilReady(SandboxHarness &sandbox, const QString &token,
                                                 const QString &jobId)
{
    QJsonObject job;
    for (int i = 0; i < 20 && job.value(u"status"_s).toString() != u"ready"_s; ++i) {
        job = sandbox.call("GET", u"/invoice-documents/"_s + jobId, {}, token, {{"Prefer", "wait=5"}})
                  .json;
    }
    return job;
}

void TestSandboxDocuments::onlyTheTwoPreviousMonths_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("status");
    QTest::newRow("previous month") << u"2026-04"_s << 202;
    QTest::newRow("two months back") << u"2026-03"_s << 202;
    QTest::newRow("three months back") << u"2026-02"_s << 422;
    QTest::newRow("current month") << u"2026-05"_s << 422;
    QTest::newRow("bad period") << u"2026-4"_s << 400;
}

void TestSandboxDocuments::onlyTheTwoPreviousMonths()
{
    QFETCH(QString, period);
    QFETCH(int, status);
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, period}}), sandbox.logIn());
    QCOMPARE(answer.status, status);
    if (status == 202) {
        QCOMPARE(answer.json.value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(answer.json.value(u"period"_s).toString(), period);
    } else if (status == 422) {
        QCOMPARE(answer.code(), u"period_unavailable"_s);
        QCOMPARE(answer.json.value(u"available_periods"_s).toArray(),
                 QJsonArray({u"2026-04"_s, u"2026-03"_s}));
    } else {
        QCOMPARE(answer.code(), u"validation_failed"_s);
    }
}

void TestSandboxDocuments::longPollAnswersEarlyOnProgress()
{
    SandboxHarness sandbox(2500); // one step every 500 ms
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    QElapsedTimer timer;
    timer.start();
    const HttpAnswer answer =
        sandbox.call("GET", u"/invoice-documents/"_s + id, {}, token, {{"Prefer", "wait=20"}});
    QCOMPARE(answer.status, 200);
    QVERIFY2(timer.elapsed() < 5000, "the long poll should answer on the first progress step");
    QCOMPARE(answer.header("Preference-Applied"), QByteArray("wait=20"));
    QCOMPARE(answer.json.value(u"status"_s).toString(), u"generating"_s);
    QVERIFY(answer.json.value(u"progress"_s).toInt() > 0);
}

void TestSandboxDocuments::readyJobDownloadsWithSizeAndHash()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    const QJsonObject job = waitUntilReady(sandbox, token, id);
    QCOMPARE(job.value(u"progress"_s).toInt(), 100);
    const QJsonObject download = job.value(u"download"_s).toObject();
    QCOMPARE(download.value(u"expires_at"_s).toString(), u"2026-05-10T09:10:00Z"_s);
    const HttpAnswer file =
        sandbox.callUrl("GET", QUrl(download.value(u"url"_s).toString()), {}, token, {});
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(file.body.startsWith("%PDF"));
    QCOMPARE(file.body.size(), download.value(u"size"_s).toInteger());
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256)
                                     .toHex()),
             download.value(u"sha256"_s).toString());
    const HttpAnswer fresh =
        sandbox.call("POST", u"/invoice-documents/%1/link"_s.arg(id), {}, token);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json.value(u"sha256"_s), download.value(u"sha256"_s));
}

void TestSandboxDocuments::rangeResumesTheDownload()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-03"_s}}), token).json.value(u"id"_s).toString();
    const QUrl url(waitUntilReady(sandbox, token, id).value(u"download"_s).toObject()
                       .value(u"url"_s).toString());
    const QByteArray whole = sandbox.callUrl("GET", url, {}, token, {}).body;
    const HttpAnswer tail = sandbox.callUrl("GET", url, {}, token, {{"Range", "bytes=1000-"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, whole.mid(1000));
    QCOMPARE(tail.header("Content-Range"),
             "bytes 1000-" + QByteArray::number(whole.size() - 1) + '/'
                 + QByteArray::number(whole.size()));
    QCOMPARE(sandbox.callUrl("GET", url, {}, token, {{"Range", "bytes=99999999-"}}).status, 416);
}

void TestSandboxDocuments::expiredLinkIsGoneAndForgedLinkForbidden()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    const QString url = waitUntilReady(sandbox, token, id).value(u"download"_s).toObject()
                            .value(u"url"_s).toString();
    const HttpAnswer forged = sandbox.callUrl("GET", QUrl(url.chopped(3) + u"AAA"_s), {}, token, {});
    QCOMPARE(forged.status, 403);
    QCOMPARE(forged.code(), u"forbidden"_s);
    QVERIFY(sandbox.setClock(u"2026-05-10T09:10:00Z"_s));
    const QString later = sandbox.logIn();
    const HttpAnswer expired = sandbox.callUrl("GET", QUrl(url), {}, later, {});
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.code(), u"link_expired"_s);
    QCOMPARE(sandbox.callUrl("GET", QUrl(url), {}, QString(), {}).status, 401);
}

void TestSandboxDocuments::aLinkDiesWithItsSession()
{
    SandboxHarness sandbox;
    const HttpAnswer login = sandbox.call("POST", u"/session"_s,
        SandboxHarness::json({{u"login"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}}));
    QString token = login.json.value(u"access_token"_s).toString();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    const QUrl url(waitUntilReady(sandbox, token, id).value(u"download"_s).toObject().value(u"url"_s).toString());

    // A refreshed token is the same session: the link still works.
    const HttpAnswer refreshed = sandbox.call("POST", u"/session/refresh"_s,
        SandboxHarness::json({{u"refresh_token"_s, login.json.value(u"refresh_token"_s).toString()}}));
    QCOMPARE(refreshed.status, 200);
    token = refreshed.json.value(u"access_token"_s).toString();
    QCOMPARE(sandbox.callUrl("GET", url, {}, token, {}).status, 200);

    // After a log-out, a new log-in cannot use what the old session was handed.
    QCOMPARE(sandbox.call("DELETE", u"/session"_s, {}, token).status, 204);
    const QString next = sandbox.logIn();
    const HttpAnswer refused = sandbox.callUrl("GET", url, {}, next, {});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), u"forbidden"_s);
    // The new session asks for a link of its own, and that one works.
    const HttpAnswer fresh = sandbox.call("POST", u"/invoice-documents/%1/link"_s.arg(id), {}, next);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(sandbox.callUrl("GET", QUrl(fresh.json.value(u"url"_s).toString()), {}, next, {}).status, 200);
}

void TestSandboxDocuments::aLinkIsReadInItsOneSpellingOnly_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("NUL") << u"%00"_s;
    QTest::newRow("padding") << u"="_s;
    QTest::newRow("space") << u"%20"_s;
    QTest::newRow("newline") << u"%0A"_s;
}

void TestSandboxDocuments::aLinkIsReadInItsOneSpellingOnly()
{
    QFETCH(QString, suffix);
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    const QString url = waitUntilReady(sandbox, token, id).value(u"download"_s).toObject().value(u"url"_s).toString();
    QCOMPARE(sandbox.callUrl("GET", QUrl(url), {}, token, {}).status, 200);
    const HttpAnswer altered = sandbox.callUrl("GET", QUrl(url + suffix, QUrl::StrictMode), {}, token, {});
    QCOMPARE(altered.status, 403);
    QCOMPARE(altered.code(), u"forbidden"_s);
}

void TestSandboxDocuments::anOverflowingRangeIsNotSatisfiable()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-03"_s}}), token).json.value(u"id"_s).toString();
    const QUrl url(waitUntilReady(sandbox, token, id).value(u"download"_s).toObject().value(u"url"_s).toString());
    const HttpAnswer answer = sandbox.callUrl("GET", url, {}, token, {{"Range", "bytes=99999999999999999999-"}});
    QCOMPARE(answer.status, 416);
    QVERIFY(answer.body.size() < 1024); // a problem document, not the file
}

void TestSandboxDocuments::cancelWhileGeneratingButNotAfter()
{
    SandboxHarness sandbox(60000);
    const QString token = sandbox.logIn();
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    const HttpAnswer cancelled = sandbox.call("DELETE", u"/invoice-documents/"_s + id, {}, token);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json.value(u"status"_s).toString(), u"cancelled"_s);
    const HttpAnswer again = sandbox.call("DELETE", u"/invoice-documents/"_s + id, {}, token);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), u"job_finished"_s);
    QCOMPARE(sandbox.call("GET", u"/invoice-documents/job-unknown"_s, {}, token).code(),
             u"not_found"_s);
}

void TestSandboxDocuments::bigDocumentIsStreamed()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    constexpr qint64 size = 20 * 1024 * 1024;
    QCOMPARE(sandbox.call("POST", u"/admin/oversize-documents"_s,
                          SandboxHarness::json({{u"bytes"_s, size}})).status, 200);
    const QString id = sandbox.call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), token).json.value(u"id"_s).toString();
    const QJsonObject download = waitUntilReady(sandbox, token, id).value(u"download"_s).toObject();
    QCOMPARE(download.value(u"size"_s).toInteger(), size);
    const HttpAnswer file =
        sandbox.callUrl("GET", QUrl(download.value(u"url"_s).toString()), {}, token, {});
    QCOMPARE(file.body.size(), size);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256)
                                     .toHex()),
             download.value(u"sha256"_s).toString());
}

QTEST_MAIN(TestSandboxDocuments)
#include "tst_sandboxdocuments.moc"
