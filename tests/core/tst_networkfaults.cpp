// The client under the sandbox's injected faults: each ends in the expected retry or the expected clear error.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "session/OperatorSession.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void retriesAReadAfter503WithRetryAfter();
    void retriesAReadAfter429();
    void retriesAReadAfterADroppedConnection();
    void repeatsAnOrderWithItsKeyAndOrdersOnce();
    void reportsMalformedJsonAsAProtocolError();
    void reportsATimeout();
    void reportsAnUnreachableOperator();
    void sendsFeedbackOnceWhenTheAnswerIsLost();
    void refusesAnUntrustedCertificate();
    void keepsTheTokenOnTheOperatorsOriginWhenRedirected();
    void keepsThePasswordOnTheOperatorsOriginWhenRedirected();
    void followsARedirectWithinTheOperatorsOrigin();

private:
    QJsonObject fault(const QString &kind, const QString &prefix, int count = 1) const
    {
        return {{u"path_prefix"_s, prefix}, {u"kind"_s, kind}, {u"count"_s, count}};
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    OperatorApi *m_api = nullptr;
};

void TestNetworkFaults::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    RetryPolicy quick;
    quick.baseDelay = std::chrono::milliseconds(20);
    m_connection->setRetryPolicy(quick);
    m_api = new OperatorApi(m_connection.get(), m_connection.get());
    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    const auto login = awaitResult<SessionTokens>([session](QObject *c, auto done) {
        session->logIn(u"demo"_s, u"demo-password"_s, c, done);
    });
    QVERIFY(login.isOk());
}

void TestNetworkFaults::cleanup()
{
    m_connection.reset();
    m_sandbox.reset();
}

void TestNetworkFaults::retriesAReadAfter503WithRetryAfter()
{
    QJsonObject unavailable = fault(u"status"_s, u"/subscribers"_s);
    unavailable.insert(u"status"_s, 503);
    unavailable.insert(u"retry_after"_s, 1);
    QVERIFY(m_sandbox->addFault(unavailable));
    QElapsedTimer timer;
    timer.start();
    const auto result = awaitResult<QList<Subscriber>>([this](QObject *c, auto done) { return m_api->subscribers(c, done); });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(result.isOk());
    QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 is honoured");
}

void TestNetworkFaults::retriesAReadAfter429()
{
    QJsonObject limited = fault(u"rate_limit"_s, u"/invoices"_s);
    limited.insert(u"retry_after"_s, 1);
    QVERIFY(m_sandbox->addFault(limited));
    const auto result = awaitResult<QList<Invoice>>([this](QObject *c, auto done) { return m_api->invoices(c, done); });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(result.isOk());
}

void TestNetworkFaults::retriesAReadAfterADroppedConnection()
{
    QVERIFY(m_sandbox->addFault(fault(u"drop"_s, u"/account"_s, 2)));
    const auto result = awaitResult<AccountInfo>([this](QObject *c, auto done) { return m_api->account(c, done); });
    QCOMPARE(m_sandbox->faultHits(), 2);
    QVERIFY(result.isOk());
}

void TestNetworkFaults::repeatsAnOrderWithItsKeyAndOrdersOnce()
{
    // The connection drops after the operator recorded the order: only the key stops a second order.
    QVERIFY(m_sandbox->addFault(fault(u"drop"_s, u"/invoices/2026-09/repeat"_s, 1)));
    const auto receipt = awaitResult<OrderReceipt>(
        [this](QObject *c, auto done) { return m_api->repeatInvoice(BillingPeriod(2026, 9), c, done); });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY2(receipt.isOk(), qPrintable(receipt.isOk() ? QString() : receipt.error().detail));
    const QJsonArray orders = m_sandbox->orders();
    QCOMPARE(orders.size(), 1);
    QVERIFY(!orders.at(0).toObject().value(u"idempotency_key"_s).toString().isEmpty());
}

void TestNetworkFaults::reportsMalformedJsonAsAProtocolError()
{
    QVERIFY(m_sandbox->addFault(fault(u"malformed_json"_s, u"/installments"_s, 10)));
    const auto result = awaitResult<QList<Installment>>([this](QObject *c, auto done) { return m_api->installments(c, done); });
    QVERIFY(m_sandbox->faultHits() >= 1);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Protocol);
    QVERIFY(!result.error().userMessage().isEmpty());
}

void TestNetworkFaults::reportsATimeout()
{
    QJsonObject slow = fault(u"latency"_s, u"/contacts"_s, 10);
    slow.insert(u"latency_ms"_s, 3000);
    QVERIFY(m_sandbox->addFault(slow));
    m_connection->setTransferTimeout(std::chrono::milliseconds(300));
    RetryPolicy twice;
    twice.maxAttempts = 2;
    twice.baseDelay = std::chrono::milliseconds(10);
    m_connection->setRetryPolicy(twice);
    const auto result = awaitResult<Contacts>([this](QObject *c, auto done) { return m_api->contacts(c, done); });
    QCOMPARE(m_sandbox->faultHits(), 2); // both attempts met the latency
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
}

void TestNetworkFaults::reportsAnUnreachableOperator()
{
    QUrl closed = m_sandbox->baseUrl();
    m_sandbox.reset(); // nothing listens on that port any more
    m_connection->setBaseUrl(closed);
    const auto result = awaitResult<Contacts>([this](QObject *c, auto done) { return m_api->contacts(c, done); });
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Network);
}

void TestNetworkFaults::sendsFeedbackOnceWhenTheAnswerIsLost()
{
    // Qt itself sends a request again when a kept-alive connection closes before the answer: without the
    // Idempotency-Key the operator would get the message twice.
    QVERIFY(m_sandbox->addFault(fault(u"drop"_s, u"/feedback"_s, 1)));
    const QString text = u"Уникальный текст %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto result = awaitResult<FeedbackMessage>([this, &text](QObject *c, auto done) {
        return m_api->sendFeedback(u"Тема"_s, text, std::nullopt, c, done);
    });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(result.isOk());
    const auto list = awaitResult<QList<FeedbackMessage>>([this](QObject *c, auto done) { return m_api->feedbackMessages(c, done); });
    QVERIFY(list.isOk());
    QCOMPARE(std::count_if(list.value().cbegin(), list.value().cend(), [&text](const FeedbackMessage &m) { return m.text == text; }), 1);
}

void TestNetworkFaults::refusesAnUntrustedCertificate()
{
    // A real TLS server whose certificate nobody vouches for: the client must refuse it, never ignore it.
    QFile certificateFile(QFINDTESTDATA("../data/tls/untrusted-operator.crt"));
    QFile keyFile(QFINDTESTDATA("../data/tls/untrusted-operator.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requestsSeen = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, &requestsSeen] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&requestsSeen] { ++requestsSeen; });
    });

    m_connection->setBaseUrl(QUrl(u"https://127.0.0.1:%1/api/v1"_s.arg(server.serverPort())));
    const auto result = awaitResult<Contacts>([this](QObject *c, auto done) { return m_api->contacts(c, done); });
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Tls);
    QVERIFY(!result.error().userMessage().isEmpty());
    QCOMPARE(requestsSeen, 0);
}

namespace {
// A second server on another loopback port that writes down every request head it receives.
class HeaderRecorder : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_received;
};
} // namespace

void TestNetworkFaults::keepsTheTokenOnTheOperatorsOriginWhenRedirected()
{
    HeaderRecorder elsewhere;
    QVERIFY(elsewhere.listen());
    QJsonObject redirect = fault(u"redirect"_s, u"/account"_s);
    redirect.insert(u"location"_s, elsewhere.url(u"/api/v1/account"_s));
    QVERIFY(m_sandbox->addFault(redirect));

    const auto result = awaitResult<AccountInfo>([this](QObject *c, auto done) { return m_api->account(c, done); });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Redirected);
    QVERIFY(!result.error().userMessage().isEmpty());
    QVERIFY2(!elsewhere.received().contains("Authorization"), elsewhere.received().constData());
    QVERIFY2(elsewhere.received().isEmpty(), "the redirect off the operator's origin is not followed at all");
}

void TestNetworkFaults::keepsThePasswordOnTheOperatorsOriginWhenRedirected()
{
    HeaderRecorder elsewhere;
    QVERIFY(elsewhere.listen());
    QJsonObject redirect = fault(u"redirect"_s, u"/session"_s);
    redirect.insert(u"location"_s, elsewhere.url(u"/api/v1/session"_s));
    QVERIFY(m_sandbox->addFault(redirect));

    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    const auto login = awaitResult<SessionTokens>([session](QObject *c, auto done) {
        session->logIn(u"demo"_s, u"demo-password"_s, c, done);
    });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY(!login.isOk());
    QCOMPARE(login.error().kind, ApiError::Kind::Redirected);
    QVERIFY2(!elsewhere.received().contains("demo-password"), elsewhere.received().constData());
    QVERIFY(elsewhere.received().isEmpty());
}

void TestNetworkFaults::followsARedirectWithinTheOperatorsOrigin()
{
    // The policy refuses other origins, not redirects: a move inside the operator's API still works.
    QJsonObject redirect = fault(u"redirect"_s, u"/contacts"_s);
    QUrl again = m_sandbox->baseUrl();
    again.setPath(again.path() + u"/contacts"_s);
    redirect.insert(u"location"_s, again.toString());
    QVERIFY(m_sandbox->addFault(redirect));
    const auto result = awaitResult<Contacts>([this](QObject *c, auto done) { return m_api->contacts(c, done); });
    QCOMPARE(m_sandbox->faultHits(), 1);
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detail));
}

QTEST_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
