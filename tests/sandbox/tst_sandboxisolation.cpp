#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// One organisation can never read or change another's data.
class TestSandboxIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void otherOrganisationsJobIsInvisible_data();
    void otherOrganisationsJobIsInvisible();
    void otherOrganisationsLinkIsForbidden();
    void listsShowOnlyOwnData_data();
    void listsShowOnlyOwnData();
    void otherOrganisationsSubscriberCannotBeOrdered();
    void adminFromLoopbackOnly();

private:
    std::unique_ptr<SandboxHarness> m_sandbox;
    QString m_tokenA;
    QString m_tokenB;
    QString m_jobA;
    QString m_urlA;
};

void TestSandboxIsolation::initTestCase()
{
    m_sandbox = std::make_unique<SandboxHarness>(50);
    QVERIFY(m_sandbox->isRunning());
    m_tokenA = m_sandbox->logIn();
    m_tokenB = m_sandbox->logInSecond();
    m_jobA = m_sandbox->call("POST", u"/invoice-documents"_s,
        SandboxHarness::json({{u"period"_s, u"2026-04"_s}}), m_tokenA).json.value(u"id"_s).toString();
    QJsonObject job;
    for (int i = 0; i < 20 && job.value(u"status"_s).toString() != u"ready"_s; ++i) {
        job = m_sandbox->call("GET", u"/invoice-documents/"_s + m_jobA, {}, m_tokenA,
                              {{"Prefer", "wait=5"}}).json;
    }
    m_urlA = job.value(u"download"_s).toObject().value(u"url"_s).toString();
    QVERIFY(!m_urlA.isEmpty());
}

void TestSandboxIsolation::otherOrganisationsJobIsInvisible_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("status") << QByteArray("GET") << QString();
    QTest::newRow("cancel") << QByteArray("DELETE") << QString();
    QTest::newRow("link") << QByteArray("POST") << u"/link"_s;
}

void TestSandboxIsolation::otherOrganisationsJobIsInvisible()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    const HttpAnswer answer =
        m_sandbox->call(method, u"/invoice-documents/"_s + m_jobA + suffix, {}, m_tokenB);
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.body.contains("2026-04"));
    // Still there for its owner.
    QCOMPARE(m_sandbox->call("GET", u"/invoice-documents/"_s + m_jobA, {}, m_tokenA).status, 200);
}

void TestSandboxIsolation::otherOrganisationsLinkIsForbidden()
{
    const HttpAnswer answer = m_sandbox->callUrl("GET", QUrl(m_urlA), {}, m_tokenB, {});
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.code(), u"forbidden"_s);
    QVERIFY(!answer.body.startsWith("%PDF"));
}

void TestSandboxIsolation::listsShowOnlyOwnData_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("foreign");
    for (const char *path : {"/account", "/subscribers", "/invoices", "/invoices/2026-04",
                             "/delivery", "/delivery/history", "/charges/current", "/payments",
                             "/installments", "/feedback"}) {
        QTest::newRow(path) << QString::fromLatin1(path) << QByteArray("romashka");
    }
}

void TestSandboxIsolation::listsShowOnlyOwnData()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, foreign);
    const HttpAnswer answer = m_sandbox->call("GET", path, {}, m_tokenB);
    QCOMPARE(answer.status, 200);
    QVERIFY2(!answer.body.contains(foreign), answer.body.constData());
    QVERIFY(!answer.body.contains("RMS-"));
    QVERIFY(!answer.body.contains("inst-0001"));
}

void TestSandboxIsolation::otherOrganisationsSubscriberCannotBeOrdered()
{
    const HttpAnswer details = m_sandbox->call("POST", u"/call-details"_s,
        SandboxHarness::json({{u"month"_s, u"current"_s},
                              {u"subscriber_id"_s, u"org-romashka-sub-01"_s},
                              {u"format"_s, u"pdf"_s}}), m_tokenB);
    QCOMPARE(details.status, 404);
    const HttpAnswer charges = m_sandbox->call("POST", u"/charges/current/orders"_s,
        SandboxHarness::json({{u"subscriber_ids"_s, QJsonArray{u"org-romashka-sub-01"_s}}}),
        m_tokenB);
    QCOMPARE(charges.status, 404);
}

void TestSandboxIsolation::adminFromLoopbackOnly()
{
    // Over loopback the admin answers; without a token it needs none.
    QCOMPARE(m_sandbox->call("GET", u"/admin/orders"_s).status, 200);
}

QTEST_MAIN(TestSandboxIsolation)
#include "tst_sandboxisolation.moc"
