#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Regular invoices, repeats, idempotency, the blackout rule and the delivery-address rule.
class TestSandboxInvoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTwentyFourInvoicesNewestFirst();
    void invoiceHasLinesThatAddUp();
    void badOrUnknownPeriod_data();
    void badOrUnknownPeriod();
    void repeatGoesToTheCurrentAddressByEmail();
    void sameIdempotencyKeyOrdersOnce();
    void blackoutRefusesOrders_data();
    void blackoutRefusesOrders();
    void addressInForceWhenFormed_data();
    void addressInForceWhenFormed();
    void deliveryChangeDuringBlackoutAndHistory();
    void invalidEmailIsRefused();
};

void TestSandboxInvoices::listsTwentyFourInvoicesNewestFirst()
{
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("GET", u"/invoices"_s, {}, sandbox.logIn());
    QCOMPARE(answer.status, 200);
    const QJsonArray items = answer.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 24);
    const QJsonObject newest = items.first().toObject();
    QCOMPARE(newest.value(u"period"_s).toString(), u"2026-04"_s);
    QCOMPARE(newest.value(u"formed_at"_s).toString(), u"2026-05-01T00:00:00Z"_s);
    QCOMPARE(newest.value(u"currency"_s).toString(), u"RUB"_s);
    QVERIFY(newest.value(u"amount"_s).toString().contains(QRegularExpression(u"^\\d+\\.\\d\\d$"_s)));
    QCOMPARE(items.last().toObject().value(u"period"_s).toString(), u"2024-05"_s);
    QCOMPARE(sandbox.call("GET", u"/invoices"_s, {}, sandbox.logInSecond())
                 .json.value(u"items"_s).toArray().size(), 24);
}

void TestSandboxInvoices::invoiceHasLinesThatAddUp()
{
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("GET", u"/invoices/2026-03"_s, {}, sandbox.logIn());
    QCOMPARE(answer.status, 200);
    const QJsonArray lines = answer.json.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 14);
    qint64 sum = 0;
    for (const QJsonValue &line : lines)
        sum += qRound64(line.toObject().value(u"amount"_s).toString().toDouble() * 100);
    QCOMPARE(sum, qRound64(answer.json.value(u"amount"_s).toString().toDouble() * 100));
}

void TestSandboxInvoices::badOrUnknownPeriod_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("not a period") << u"/invoices/2026-13"_s << 400 << u"validation_failed"_s;
    QTest::newRow("words") << u"/invoices/last-month"_s << 400 << u"validation_failed"_s;
    QTest::newRow("not formed yet") << u"/invoices/2026-05"_s << 404 << u"not_found"_s;
    QTest::newRow("too old") << u"/invoices/2020-01"_s << 404 << u"not_found"_s;
}

void TestSandboxInvoices::badOrUnknownPeriod()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("GET", path, {}, sandbox.logIn());
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
}

void TestSandboxInvoices::repeatGoesToTheCurrentAddressByEmail()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    // Period 2025-12 was delivered to buh@, but repeats go where invoices go today.
    const HttpAnswer answer = sandbox.call("POST", u"/invoices/2025-12/repeat"_s, {}, token);
    QCOMPARE(answer.status, 202);
    QCOMPARE(answer.json.value(u"sent_to"_s).toString(), u"accounts@romashka.example"_s);
    QCOMPARE(answer.json.value(u"period"_s).toString(), u"2025-12"_s);
    QVERIFY(!answer.json.value(u"order_id"_s).toString().isEmpty());
    QCOMPARE(sandbox.outboxCount(), 1);
    QCOMPARE(sandbox.call("POST", u"/invoices/2019-01/repeat"_s, {}, token).code(), u"not_found"_s);
}

void TestSandboxInvoices::sameIdempotencyKeyOrdersOnce()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "repeat-1"}};
    const HttpAnswer first = sandbox.call("POST", u"/invoices/2026-04/repeat"_s, {}, token, key);
    const HttpAnswer second = sandbox.call("POST", u"/invoices/2026-04/repeat"_s, {}, token, key);
    QCOMPARE(first.status, 202);
    QCOMPARE(second.status, 202);
    QCOMPARE(second.body, first.body);
    QCOMPARE(sandbox.orderCount(), 1);
    QCOMPARE(sandbox.outboxCount(), 1);
    const HttpAnswer other = sandbox.call("POST", u"/invoices/2026-03/repeat"_s, {}, token, key);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.code(), u"idempotency_conflict"_s);
    QCOMPARE(sandbox.orderCount(), 1);
}

void TestSandboxInvoices::blackoutRefusesOrders_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("reopensAt");
    QTest::newRow("1st 00:30 Moscow, Nov 30 in UTC")
        << u"2026-11-30T21:30:00Z"_s << false << u"2026-12-03T21:00:00Z"_s;
    QTest::newRow("2nd") << u"2026-12-02T09:00:00Z"_s << false << u"2026-12-03T21:00:00Z"_s;
    QTest::newRow("3rd 23:59:59 Moscow") << u"2026-12-03T20:59:59Z"_s << false
                                         << u"2026-12-03T21:00:00Z"_s;
    QTest::newRow("4th 00:00 Moscow") << u"2026-12-03T21:00:00Z"_s << true << QString();
    QTest::newRow("last day of the month") << u"2026-11-30T20:59:59Z"_s << true << QString();
}

void TestSandboxInvoices::blackoutRefusesOrders()
{
    QFETCH(QString, now);
    QFETCH(bool, open);
    QFETCH(QString, reopensAt);
    SandboxHarness sandbox;
    const QString token = sandbox.logIn(); // tokens follow the sandbox clock: log in after moving
    QVERIFY(sandbox.setClock(now));
    const QString fresh = sandbox.logIn();
    const HttpAnswer clock = sandbox.call("GET", u"/clock"_s, {}, fresh);
    QCOMPARE(clock.json.value(u"invoicing"_s).toObject().value(u"open"_s).toBool(), open);
    const HttpAnswer repeat = sandbox.call("POST", u"/invoices/2026-04/repeat"_s, {}, fresh);
    const HttpAnswer details = sandbox.call("POST", u"/call-details"_s,
        SandboxHarness::json({{u"month"_s, u"previous"_s}, {u"subscriber_id"_s, QJsonValue()}, {u"format"_s, u"csv"_s}}),
        fresh);
    if (open) {
        QCOMPARE(repeat.status, 202);
        QCOMPARE(details.status, 202);
        QVERIFY(clock.json.value(u"invoicing"_s).toObject().value(u"reopens_at"_s).isNull());
        return;
    }
    for (const HttpAnswer &refused : {repeat, details}) {
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), u"invoicing_blackout"_s);
        QCOMPARE(refused.json.value(u"reopens_at"_s).toString(), reopensAt);
    }
    QCOMPARE(clock.json.value(u"invoicing"_s).toObject().value(u"reopens_at"_s).toString(),
             reopensAt);
    QCOMPARE(sandbox.orderCount(), 0);
    Q_UNUSED(token);
}

void TestSandboxInvoices::addressInForceWhenFormed_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("address");
    // Three changes in 2026-02: 1st 02:00 (before the 03:00 forming), 10th, 17th.
    QTest::newRow("before the changes") << u"2025-12"_s << u"buh@romashka.example"_s;
    QTest::newRow("formed after the 02:00 change") << u"2026-01"_s << u"finance@romashka.example"_s;
    QTest::newRow("last change of the month wins") << u"2026-02"_s << u"accounts@romashka.example"_s;
    QTest::newRow("later months") << u"2026-04"_s << u"accounts@romashka.example"_s;
}

void TestSandboxInvoices::addressInForceWhenFormed()
{
    QFETCH(QString, period);
    QFETCH(QString, address);
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("GET", u"/invoices/"_s + period, {}, sandbox.logIn());
    QCOMPARE(answer.json.value(u"delivered_to"_s).toObject().value(u"address"_s).toString(),
             address);
    QCOMPARE(answer.json.value(u"delivered_to"_s).toObject().value(u"method"_s).toString(),
             u"email"_s);
}

void TestSandboxInvoices::deliveryChangeDuringBlackoutAndHistory()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.setClock(u"2026-06-01T10:00:00Z"_s));
    const QString token = sandbox.logIn();
    const HttpAnswer changed = sandbox.call("PUT", u"/delivery"_s,
        SandboxHarness::json({{u"method"_s, u"in_person"_s},
                              {u"address"_s, u"Офис на Тверской"_s}}), token);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(u"method"_s).toString(), u"in_person"_s);
    QCOMPARE(changed.json.value(u"next_regular_invoice"_s).toObject().value(u"period"_s)
                 .toString(), u"2026-06"_s);
    const QJsonArray history =
        sandbox.call("GET", u"/delivery/history"_s, {}, token).json.value(u"items"_s).toArray();
    QCOMPARE(history.size(), 5);
    QCOMPARE(history.first().toObject().value(u"effective_at"_s).toString(),
             u"2026-06-01T10:00:00Z"_s);
    // Invoices formed before the change keep the address they were sent to.
    QCOMPARE(sandbox.call("GET", u"/invoices/2026-04"_s, {}, token)
                 .json.value(u"delivered_to"_s).toObject().value(u"address"_s).toString(),
             u"accounts@romashka.example"_s);
}

void TestSandboxInvoices::invalidEmailIsRefused()
{
    SandboxHarness sandbox;
    const HttpAnswer answer = sandbox.call("PUT", u"/delivery"_s,
        SandboxHarness::json({{u"method"_s, u"email"_s}, {u"address"_s, u"not an address"_s}}),
        sandbox.logIn());
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.code(), u"invalid_email"_s);
}

QTEST_MAIN(TestSandboxInvoices)
#include "tst_sandboxinvoices.moc"
