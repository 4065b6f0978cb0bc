// The demo mode's operator is the operator-sandbox program run as a child of the app: it answers on
// loopback once it says so, and it never outlives the app, whether the app stops it or simply ends.
#include "demo/DemoOperator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
int statusOf(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int logInStatus(const QUrl &base, const QString &login)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + u"/session"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(
        request, QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, login + u"-password"_s}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}
} // namespace

class TestDemoOperator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsAsAChildAndEndsWithTheApp();
    void endsWhenItsParentIsGone();

private:
    QTemporaryDir m_home;
};

void TestDemoOperator::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"SIP Cabinet Test"_s);
    QCoreApplication::setApplicationName(u"tst_demooperator"_s);
    QVERIFY2(!DemoOperator::executable().isEmpty(), "operator-sandbox is found from the build tree");
}

void TestDemoOperator::startsAsAChildAndEndsWithTheApp()
{
    auto demo = std::make_unique<DemoOperator>();
    QSignalSpy ready(demo.get(), &DemoOperator::ready);
    QSignalSpy failed(demo.get(), &DemoOperator::failed);
    demo->start();
    QVERIFY(ready.wait(30000));
    QCOMPARE(failed.count(), 0);
    const QUrl base = demo->baseUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QVERIFY(QFile::exists(m_home.filePath(u"data/SIP Cabinet Test/tst_demooperator/demo-operator/operator.sqlite"_s)));
    QUrl clock = base;
    clock.setPath(base.path() + u"/clock"_s);
    QCOMPARE(statusOf(clock), 401); // the operator's API, asking for a token
    // The demo accounting firm: the last of its clients logs in as the first does.
    QCOMPARE(logInStatus(base, u"demo%1"_s.arg(DemoOperator::Organisations)), 200);

    demo.reset(); // the app quits
    QVERIFY2(!accepts(quint16(base.port())), "nothing listens on the demo operator's port any more");
}

void TestDemoOperator::endsWhenItsParentIsGone()
{
    // What the system does to the child when the app ends in any way, a crash included: its end of the
    // standard input pipe closes.
    QProcess child;
    child.start(DemoOperator::executable(),
                {u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, m_home.filePath(u"orphan.sqlite"_s), u"--outbox"_s,
                 m_home.filePath(u"orphan-outbox"_s), u"--exit-with-parent"_s});
    QVERIFY(child.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += child.readAllStandardOutput()).contains("listening on"), 30000);
    QCOMPARE(child.state(), QProcess::Running);
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDemoOperator)
#include "tst_demooperator.moc"
