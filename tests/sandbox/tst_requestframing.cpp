// RequestFraming: how large each request's body will be, told from the bytes as they arrive.
#include "RequestFraming.h"

#include <QTest>

using Sandbox::RequestFraming;
using Verdict = RequestFraming::Verdict;

class TestRequestFraming : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void countsPipelinedRequests();
    void aVerdictStays();
};

void TestRequestFraming::verdicts_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("complete");

    const QByteArray post = "POST /api/v1/session HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("get") << QByteArray("GET /api/v1/account HTTP/1.1\r\nHost: x\r\n\r\n") << Verdict::Acceptable << 1;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << Verdict::Acceptable << 1;
    QTest::newRow("empty lines first") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << Verdict::Acceptable << 1;
    QTest::newRow("body within") << post + "Content-Length: 4\r\n\r\n{}{}" << Verdict::Acceptable << 1;
    QTest::newRow("body at the limit") << post + "Content-Length: 100\r\n\r\n" << Verdict::Acceptable << 0;
    QTest::newRow("body over the limit") << post + "Content-Length: 101\r\n\r\n" << Verdict::BodyTooLarge << 0;
    QTest::newRow("a gibibyte") << post + "content-length: 1073741824\r\n\r\n" << Verdict::BodyTooLarge << 0;
    QTest::newRow("overflowing length") << post + "Content-Length: 99999999999999999999\r\n\r\n" << Verdict::BodyTooLarge << 0;
    QTest::newRow("negative length") << post + "Content-Length: -1\r\n\r\n" << Verdict::Malformed << 0;
    QTest::newRow("two lengths") << post + "Content-Length: 4\r\nContent-Length: 5\r\n\r\n" << Verdict::Malformed << 0;
    QTest::newRow("same length twice") << post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" << Verdict::Acceptable << 1;
    QTest::newRow("length and chunked") << post + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" << Verdict::Malformed << 0;
    QTest::newRow("unknown coding") << post + "Transfer-Encoding: gzip\r\n\r\n" << Verdict::Malformed << 0;
    QTest::newRow("folded header") << post + "X-A: 1\r\n  2\r\n\r\n" << Verdict::Malformed << 0;
    QTest::newRow("chunked within") << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" << Verdict::Acceptable << 1;
    QTest::newRow("chunk extension and trailer")
        << post + "Transfer-Encoding: chunked\r\n\r\n2;x=y\r\n{}\r\n0\r\nX-T: 1\r\n\r\n" << Verdict::Acceptable << 1;
    QTest::newRow("chunks over the limit")
        << post + "Transfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'a') + "\r\n25\r\n" << Verdict::BodyTooLarge << 0;
    QTest::newRow("huge chunk size") << post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n" << Verdict::BodyTooLarge << 0;
    QTest::newRow("bad chunk size") << post + "Transfer-Encoding: chunked\r\n\r\n0x2\r\n" << Verdict::Malformed << 0;
    QTest::newRow("chunk without its CRLF") << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}xx\r\n" << Verdict::Malformed << 0;
    QTest::newRow("head too large") << post + "X-Long: " + QByteArray(300, 'a') + "\r\n\r\n" << Verdict::HeadTooLarge << 0;
}

void TestRequestFraming::verdicts()
{
    QFETCH(QByteArray, stream);
    QFETCH(Verdict, verdict);
    QFETCH(int, complete);

    RequestFraming whole(100, 256);
    QCOMPARE(whole.feed(stream), verdict);
    QCOMPARE(whole.requestsSeen(), complete);

    // The same bytes one at a time, as a slow network delivers them, give the same answer.
    RequestFraming trickle(100, 256);
    for (const char byte : std::as_const(stream))
        trickle.feed(QByteArrayView(&byte, 1));
    QCOMPARE(trickle.verdict(), verdict);
    QCOMPARE(trickle.requestsSeen(), complete);
}

void TestRequestFraming::countsPipelinedRequests()
{
    RequestFraming framing(100, 256);
    const QByteArray small = "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}";
    QCOMPARE(framing.feed(small + small + "GET /b HTTP/1.1\r\n\r\n"), Verdict::Acceptable);
    QCOMPARE(framing.requestsSeen(), 3);
    QCOMPARE(framing.feed("POST /c HTTP/1.1\r\nContent-Length: 1000\r\n\r\n"), Verdict::BodyTooLarge);
}

void TestRequestFraming::aVerdictStays()
{
    RequestFraming framing(100, 256);
    QCOMPARE(framing.feed("POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n"), Verdict::BodyTooLarge);
    QCOMPARE(framing.feed("GET / HTTP/1.1\r\n\r\n"), Verdict::BodyTooLarge);
    QCOMPARE(framing.requestsSeen(), 0);
}

QTEST_APPLESS_MAIN(TestRequestFraming)
#include "tst_requestframing.moc"
