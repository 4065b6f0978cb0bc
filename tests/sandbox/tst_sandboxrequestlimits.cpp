// The sandbox refuses a request body over the largest the API accepts before reading it: by its
// Content-Length, or by counting a chunked body as it arrives. Raw sockets, so the test controls
// exactly how much is sent.
#include "SandboxHarness.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 oneGiB = qint64(1) << 30;

// A raw HTTP/1.1 client that keeps what it received.
class RawClient
{
public:
    explicit RawClient(const QUrl &base)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
        m_connected = m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_connected; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }
    QByteArray received() const { return m_received; }
    bool closed() const { return m_closed; }
    // Complete responses received so far (head and, by its Content-Length, body).
    int completeResponses() const
    {
        int count = 0;
        qsizetype at = 0;
        while (true) {
            const qsizetype headEnd = m_received.indexOf("\r\n\r\n", at);
            if (!m_received.sliced(at).startsWith("HTTP/1.1 ") || headEnd < 0)
                return count;
            const QByteArray head = m_received.mid(at, headEnd - at).toLower();
            const qsizetype length = head.indexOf("content-length:");
            const qint64 bodySize = length < 0 ? 0 : head.mid(length + 15, head.indexOf('\r', length) - length - 15).trimmed().toLongLong();
            if (m_received.size() < headEnd + 4 + bodySize)
                return count;
            ++count;
            at = headEnd + 4 + bodySize;
        }
    }
    // The status codes of every response received so far, in order.
    QList<int> statuses() const
    {
        QList<int> codes;
        qsizetype at = 0;
        while ((at = m_received.indexOf("HTTP/1.1 ", at)) >= 0) {
            codes.append(m_received.mid(at + 9, 3).toInt());
            at += 9;
        }
        return codes;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_connected = false;
    bool m_closed = false;
};

QByteArray loginHead(qint64 contentLength)
{
    return "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}
} // namespace

class TestSandboxRequestLimits : public QObject
{
    Q_OBJECT

private slots:
    void refusesADeclaredGibibyteBeforeItsBody();
    void refusesAChunkedBodyOnceItPassesTheLimit();
    void refusesALargeRequestPipelinedAfterASmallOne();
    void refusesFramingThatCouldSmuggleARequest();
    void refusesAnOverflowingContentLength();
    void stillAcceptsTheLargestLegitimateRequest();
};

void TestSandboxRequestLimits::refusesADeclaredGibibyteBeforeItsBody()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    RawClient client(sandbox.baseUrl());
    QVERIFY(client.connected());
    client.send(loginHead(oneGiB)); // only the head: an answer now means nothing was waited for
    QTRY_COMPARE_WITH_TIMEOUT(client.completeResponses(), 1, 10000);
    QCOMPARE(client.statuses(), QList<int>{413});
    QVERIFY(client.received().contains("application/problem+json"));
    QVERIFY(client.received().contains("payload_too_large"));
}

void TestSandboxRequestLimits::refusesAChunkedBodyOnceItPassesTheLimit()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    RawClient client(sandbox.baseUrl());
    QVERIFY(client.connected());
    client.send("POST /api/v1/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
    qint64 sent = 0;
    // Feeds 64 KiB chunks while the socket drains, until the sandbox answers; a bound keeps it finite.
    const auto feed = [&] {
        while (!client.closed() && client.received().isEmpty() && client.socket().bytesToWrite() < 4 * chunk.size()
               && sent < 64 * 1024 * 1024) {
            client.send(chunk);
            sent += chunk.size();
        }
    };
    QObject::connect(&client.socket(), &QTcpSocket::bytesWritten, &client.socket(), feed);
    feed();
    QTRY_COMPARE_WITH_TIMEOUT(client.completeResponses(), 1, 20000);
    QCOMPARE(client.statuses(), QList<int>{413});
    // Refused once past the limit: what was sent by then is the limit plus what the two kernels buffer.
    QVERIFY2(sent < 32 * 1024 * 1024, qPrintable(u"%1 bytes were sent before the refusal"_s.arg(sent)));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 10000); // and the sandbox lets the connection go
}

void TestSandboxRequestLimits::refusesALargeRequestPipelinedAfterASmallOne()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    RawClient client(sandbox.baseUrl());
    QVERIFY(client.connected());
    const QByteArray wrong = R"({"login": "demo", "password": "wrong"})";
    client.send(loginHead(wrong.size()) + wrong + loginHead(oneGiB));
    QTRY_VERIFY_WITH_TIMEOUT(client.statuses().contains(413) && client.completeResponses() == client.statuses().size(), 10000);
    QCOMPARE(client.statuses().constLast(), 413);
    QVERIFY(client.statuses().size() <= 2);
}

void TestSandboxRequestLimits::refusesFramingThatCouldSmuggleARequest()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    RawClient client(sandbox.baseUrl());
    QVERIFY(client.connected());
    client.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n"
                "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.completeResponses(), 1, 10000);
    QCOMPARE(client.statuses(), QList<int>{400});
}

void TestSandboxRequestLimits::refusesAnOverflowingContentLength()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    RawClient client(sandbox.baseUrl());
    QVERIFY(client.connected());
    client.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.completeResponses(), 1, 10000);
    QCOMPARE(client.statuses(), QList<int>{413});
}

void TestSandboxRequestLimits::stillAcceptsTheLargestLegitimateRequest()
{
    // A feedback message with a 2 MiB attachment (its base64 is the largest body the API takes).
    SandboxHarness sandbox;
    QVERIFY(sandbox.isRunning());
    const QString token = sandbox.logIn();
    QVERIFY(!token.isEmpty());
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(2 * 1024 * 1024 - 9, 'x');
    const QJsonObject attachment{{u"name"_s, u"scan.pdf"_s}, {u"content_type"_s, u"application/pdf"_s},
                                 {u"data_base64"_s, QString::fromLatin1(pdf.toBase64())}};
    const HttpAnswer answer = sandbox.call(
        "POST", u"/feedback"_s,
        SandboxHarness::json({{u"topic"_s, u"Счет"_s}, {u"text"_s, u"Скан во вложении"_s}, {u"attachment"_s, attachment}}),
        token);
    QCOMPARE(answer.status, 201);
}

QTEST_MAIN(TestSandboxRequestLimits)
#include "tst_sandboxrequestlimits.moc"
