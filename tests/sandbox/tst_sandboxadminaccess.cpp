// The sandbox's admin switches (clock, faults, orders, oversize documents) answer loopback peers only.
// Every other test talks over loopback; this one listens on the machine's own network address, so that
// the calls arrive from a peer that is not loopback, as a colleague's computer's would.
#include "SandboxHarness.h"

#include <QNetworkInterface>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxAdminAccess : public QObject
{
    Q_OBJECT

private slots:
    void refusesAdminCallsFromTheNetwork();

private:
    static QHostAddress networkAddress();
};

QHostAddress TestSandboxAdminAccess::networkAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

void TestSandboxAdminAccess::refusesAdminCallsFromTheNetwork()
{
    const QHostAddress address = networkAddress();
    if (address.isNull())
        QSKIP("this machine has no IPv4 address besides loopback to call the sandbox from");
    SandboxHarness sandbox(200, 600, address);
    QVERIFY(sandbox.isRunning());

    // The operator's API answers there...
    const QString token = sandbox.logIn();
    QVERIFY(!token.isEmpty());
    QCOMPARE(sandbox.call("GET", u"/clock"_s, {}, token).status, 200);

    // ...its admin switches do not, whatever is asked.
    const QByteArray fault = SandboxHarness::json(
        {{u"path_prefix"_s, u"/clock"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500}, {u"count"_s, 5}});
    const QList<std::tuple<QByteArray, QString, QByteArray>> adminCalls = {
        {"GET", u"/admin/orders"_s, {}},
        {"POST", u"/admin/clock"_s, SandboxHarness::json({{u"now"_s, u"2026-12-02T10:00:00Z"_s}})},
        {"DELETE", u"/admin/clock"_s, {}},
        {"POST", u"/admin/faults"_s, fault},
        {"DELETE", u"/admin/faults"_s, {}},
        {"POST", u"/admin/oversize-documents"_s, SandboxHarness::json({{u"bytes"_s, 1 << 20}})},
    };
    for (const auto &[method, path, body] : adminCalls) {
        const HttpAnswer answer = sandbox.call(method, path, body);
        const QByteArray what = method + ' ' + path.toUtf8() + " answered " + QByteArray::number(answer.status);
        QVERIFY2(answer.status == 403, what.constData());
        QCOMPARE(answer.code(), u"forbidden"_s);
    }

    // And none of them took effect: no fault on /clock, and the clock did not move to the 2nd (closed).
    const HttpAnswer clock = sandbox.call("GET", u"/clock"_s, {}, token);
    QCOMPARE(clock.status, 200);
    QVERIFY2(clock.json.value(u"server_time"_s).toString().startsWith(u"2026-05-10"_s), clock.body.constData());
}

QTEST_MAIN(TestSandboxAdminAccess)
#include "tst_sandboxadminaccess.moc"
