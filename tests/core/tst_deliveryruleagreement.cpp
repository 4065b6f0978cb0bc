// The same delivery history through both implementations of the manual's address rule: the operator's
// (the sandbox answers each invoice's delivered_to) and the client's (RegularInvoiceDelivery). They agree.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "invoicing/RegularInvoiceDelivery.h"
#include "session/OperatorSession.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime msk(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone("Europe/Moscow"));
}
} // namespace

class TestDeliveryRuleAgreement : public QObject
{
    Q_OBJECT

private slots:
    void clientAndOperatorAgree();

private:
    bool changeAt(const QDateTime &moment, const QString &method, const QString &address);

    SandboxFixture m_sandbox;
};

bool TestDeliveryRuleAgreement::changeAt(const QDateTime &moment, const QString &method, const QString &address)
{
    if (!m_sandbox.setClock(moment))
        return false;
    const QString token = m_sandbox.logIn();
    const SandboxFixture::Answer answer =
        m_sandbox.send("PUT", u"/delivery"_s, {{u"method"_s, method}, {u"address"_s, address}}, token);
    return answer.status == 200;
}

void TestDeliveryRuleAgreement::clientAndOperatorAgree()
{
    QVERIFY(m_sandbox.start());
    // September's invoice is formed on 1 October at 03:00, October's on 1 November at 03:00 (Moscow).
    QVERIFY(changeAt(msk(10, 1, 2, 30), u"email"_s, u"before-forming@romashka.example"_s));
    QVERIFY(changeAt(msk(10, 1, 3), u"email"_s, u"at-forming@romashka.example"_s));
    QVERIFY(changeAt(msk(10, 2, 10), u"email"_s, u"during-closure@romashka.example"_s));
    QVERIFY(changeAt(msk(10, 15, 12), u"in_person"_s, u"Офис оператора, окно 3"_s));
    QVERIFY(changeAt(msk(10, 20, 10), u"email"_s, u"tie-first@romashka.example"_s));
    QVERIFY(changeAt(msk(10, 20, 10), u"email"_s, u"tie-second@romashka.example"_s));
    QVERIFY(changeAt(msk(11, 1, 2, 59), u"email"_s, u"last-minute@romashka.example"_s));
    QVERIFY(changeAt(msk(11, 2, 9), u"email"_s, u"after-october@romashka.example"_s));
    QVERIFY(m_sandbox.setClock(SandboxFixture::defaultNow()));

    OperatorConnection connection;
    connection.setBaseUrl(m_sandbox.baseUrl());
    auto *api = new OperatorApi(&connection, &connection);
    auto *session = new OperatorSession(&connection, &connection);
    QVERIFY(awaitResult<SessionTokens>([session](QObject *c, auto done) {
                return session->logIn(u"demo"_s, u"demo-password"_s, c, done);
            }).isOk());
    const auto history = awaitResult<QList<DeliveryChange>>([api](QObject *c, auto done) {
        return api->deliveryHistory(c, done);
    });
    const auto invoices = awaitResult<QList<Invoice>>([api](QObject *c, auto done) { return api->invoices(c, done); });
    const auto current = awaitResult<DeliverySettings>([api](QObject *c, auto done) { return api->delivery(c, done); });
    QVERIFY(history.isOk() && invoices.isOk() && current.isOk());
    QVERIFY(invoices.value().size() >= 12);

    const RegularInvoiceDelivery rule(history.value());
    for (const Invoice &invoice : invoices.value()) {
        const std::optional<DeliveryTarget> client = rule.wentTo(invoice);
        QVERIFY2(client, qPrintable(invoice.period.toString()));
        QCOMPARE(client->method, invoice.deliveredTo.method);
        QCOMPARE(client->address, invoice.deliveredTo.address);
        if (invoice.period == BillingPeriod(2026, 9))
            QCOMPARE(client->address, u"at-forming@romashka.example"_s);
        if (invoice.period == BillingPeriod(2026, 10))
            QCOMPARE(client->address, u"last-minute@romashka.example"_s);
    }
    const std::optional<DeliveryTarget> next = rule.willGoTo(SandboxFixture::defaultNow());
    QVERIFY(next);
    QCOMPARE(next->address, current.value().nextRegularInvoice.address);
    QCOMPARE(next->address, u"after-october@romashka.example"_s);
}

QTEST_MAIN(TestDeliveryRuleAgreement)
#include "tst_deliveryruleagreement.moc"
