#include "SandboxHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Subscribers, call details, charges, payments, installments, feedback and contacts.
class TestSandboxServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribersOfTheAccount();
    void callDetailsAreMailed_data();
    void callDetailsAreMailed();
    void currentChargesAddUpAndCanBeOrdered();
    void paymentsAndBalance();
    void installmentPlanWithSchedule();
    void feedbackIsListedAndSent();
    void contactsAndCallbackRequests();

private:
    static QByteArray lastMail(const SandboxHarness &sandbox);
};

QByteArray TestSandboxServices::lastMail(const SandboxHarness &sandbox)
{
    const QDir dir(sandbox.outboxDirectory() + u"/new"_s);
    const QStringList files = dir.entryList(QDir::Files, QDir::Time);
    if (files.isEmpty())
        return QByteArray();
    QFile file(dir.filePath(files.first()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSandboxServices::subscribersOfTheAccount()
{
    SandboxHarness sandbox;
    const QJsonArray items =
        sandbox.call("GET", u"/subscribers"_s, {}, sandbox.logIn()).json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 14);
    QStringList statuses;
    for (const QJsonValue &item : items)
        statuses.append(item.toObject().value(u"status"_s).toString());
    QVERIFY(statuses.contains(u"blocked"_s));
    QVERIFY(statuses.contains(u"suspended"_s));
    QCOMPARE(sandbox.call("GET", u"/subscribers"_s, {}, sandbox.logInSecond())
                 .json.value(u"items"_s).toArray().size(), 3);
}

void TestSandboxServices::callDetailsAreMailed_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QByteArray>("attachmentType");
    QTest::newRow("all, previous, csv")
        << QJsonObject{{u"month"_s, u"previous"_s}, {u"subscriber_id"_s, QJsonValue()},
                       {u"format"_s, u"csv"_s}} << QByteArray("text/csv");
    QTest::newRow("one, current, pdf")
        << QJsonObject{{u"month"_s, u"current"_s}, {u"subscriber_id"_s, u"org-romashka-sub-02"_s},
                       {u"format"_s, u"pdf"_s}} << QByteArray("application/pdf");
}

void TestSandboxServices::callDetailsAreMailed()
{
    QFETCH(QJsonObject, body);
    QFETCH(QByteArray, attachmentType);
    SandboxHarness sandbox;
    const HttpAnswer answer =
        sandbox.call("POST", u"/call-details"_s, SandboxHarness::json(body), sandbox.logIn());
    QCOMPARE(answer.status, 202);
    QCOMPARE(answer.json.value(u"sent_to"_s).toString(), u"office@romashka.example"_s);
    QCOMPARE(sandbox.outboxCount(), 1);
    const QByteArray mail = lastMail(sandbox);
    QVERIFY(mail.contains("office@romashka.example"));
    QVERIFY(mail.contains(attachmentType));
    const HttpAnswer wrongFormat = sandbox.call("POST", u"/call-details"_s,
        SandboxHarness::json({{u"month"_s, u"current"_s}, {u"format"_s, u"xls"_s}}),
        sandbox.logIn());
    QCOMPARE(wrongFormat.code(), u"validation_failed"_s);
}

void TestSandboxServices::currentChargesAddUpAndCanBeOrdered()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const HttpAnswer charges = sandbox.call("GET", u"/charges/current"_s, {}, token);
    QCOMPARE(charges.json.value(u"period"_s).toString(), u"2026-05"_s);
    const QJsonArray items = charges.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 14);
    qint64 sum = 0;
    for (const QJsonValue &item : items)
        sum += qRound64(item.toObject().value(u"amount"_s).toString().toDouble() * 100);
    QCOMPARE(sum, qRound64(charges.json.value(u"total"_s).toString().toDouble() * 100));
    const HttpAnswer order = sandbox.call("POST", u"/charges/current/orders"_s,
        SandboxHarness::json({{u"subscriber_ids"_s, QJsonArray{u"org-romashka-sub-01"_s}}}), token);
    QCOMPARE(order.status, 202);
    // An empty list orders every subscriber; the member itself is required, as the contract says.
    QCOMPARE(sandbox.call("POST", u"/charges/current/orders"_s, R"({"subscriber_ids": []})", token).status, 202);
    QCOMPARE(sandbox.call("POST", u"/charges/current/orders"_s, "{}", token).status, 400);
    QCOMPARE(sandbox.outboxCount(), 2);
}

void TestSandboxServices::paymentsAndBalance()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const HttpAnswer all = sandbox.call("GET", u"/payments"_s, {}, token);
    QCOMPARE(all.status, 200);
    // 2026-04 is paid on 2026-05-10 12:00 Moscow, exactly the start time.
    QCOMPARE(all.json.value(u"items"_s).toArray().size(), 24);
    QCOMPARE(all.json.value(u"balance"_s).toObject().value(u"currency"_s).toString(), u"RUB"_s);
    const HttpAnswer range =
        sandbox.call("GET", u"/payments?from=2026-01-01&to=2026-03-31"_s, {}, token);
    QCOMPARE(range.json.value(u"items"_s).toArray().size(), 3);
}

void TestSandboxServices::installmentPlanWithSchedule()
{
    SandboxHarness sandbox;
    const QJsonArray plans = sandbox.call("GET", u"/installments"_s, {}, sandbox.logIn())
                                 .json.value(u"items"_s).toArray();
    QCOMPARE(plans.size(), 1);
    const QJsonObject plan = plans.first().toObject();
    QCOMPARE(plan.value(u"schedule"_s).toArray().size(), 12);
    QCOMPARE(plan.value(u"total"_s).toString(), u"54000.00"_s);
    QCOMPARE(plan.value(u"next_payment"_s).toObject().value(u"date"_s).toString(), u"2026-03-15"_s);
    QStringList statuses;
    for (const QJsonValue &line : plan.value(u"schedule"_s).toArray())
        statuses.append(line.toObject().value(u"status"_s).toString());
    QVERIFY(statuses.contains(u"overdue"_s));
    QVERIFY(statuses.contains(u"due"_s));
}

void TestSandboxServices::feedbackIsListedAndSent()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    QCOMPARE(sandbox.call("GET", u"/feedback"_s, {}, token).json.value(u"items"_s).toArray().size(), 3);
    QVERIFY(sandbox.setClock(u"2026-06-02T10:00:00Z"_s)); // blackout: feedback is not an order
    const QString later = sandbox.logIn();
    const HttpAnswer sent = sandbox.call("POST", u"/feedback"_s, SandboxHarness::json({
        {u"topic"_s, u"Вопрос"_s}, {u"text"_s, u"Текст"_s},
        {u"attachment"_s, QJsonObject{{u"name"_s, u"скан.png"_s}, {u"content_type"_s, u"image/png"_s},
                                      {u"data_base64"_s, QString::fromLatin1(QByteArray("png").toBase64())}}}}),
        later);
    QCOMPARE(sent.status, 201);
    QCOMPARE(sent.json.value(u"status"_s).toString(), u"received"_s);
    QCOMPARE(sent.json.value(u"attachment_name"_s).toString(), u"скан.png"_s);
    const QByteArray big = QByteArray(2 * 1024 * 1024 + 1, 'x').toBase64();
    const HttpAnswer tooBig = sandbox.call("POST", u"/feedback"_s, SandboxHarness::json({
        {u"topic"_s, u"t"_s}, {u"text"_s, u"x"_s},
        {u"attachment"_s, QJsonObject{{u"name"_s, u"a"_s}, {u"content_type"_s, u"text/plain"_s},
                                      {u"data_base64"_s, QString::fromLatin1(big)}}}}), later);
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(sandbox.call("GET", u"/feedback"_s, {}, later).json.value(u"items"_s).toArray().size(), 4);
}

void TestSandboxServices::contactsAndCallbackRequests()
{
    SandboxHarness sandbox;
    const QString token = sandbox.logIn();
    const HttpAnswer contacts = sandbox.call("GET", u"/contacts"_s, {}, token);
    QVERIFY(!contacts.json.value(u"call_centre"_s).toObject().value(u"numbers"_s).toArray().isEmpty());
    const HttpAnswer callback = sandbox.call("POST", u"/callback-requests"_s,
        SandboxHarness::json({{u"phone"_s, u"+79161234567"_s}, {u"comment"_s, u"после 14:00"_s}}), token);
    QCOMPARE(callback.status, 201);
    QCOMPARE(callback.json.value(u"phone"_s).toString(), u"+79161234567"_s);
}

QTEST_MAIN(TestSandboxServices)
#include "tst_sandboxservices.moc"
