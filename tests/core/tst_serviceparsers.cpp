// Response parsers for delivery, charges, payments, installments, feedback and contacts.
#include "ParserCases.h"
#include "api/parsers/ResponseParsers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ParserCases::absent;
using ParserCases::row;

// Declared before the answers below: moc mis-lexes some of their raw string literals and would miss it.
class TestServiceParsers : public QObject
{
    Q_OBJECT

private slots:
    void delivery_data();
    void delivery() { ParserCases::check(&ResponseParsers::delivery); }
    void deliveryHistory_data();
    void deliveryHistory() { ParserCases::check(&ResponseParsers::deliveryHistory); }
    void currentCharges_data();
    void currentCharges() { ParserCases::check(&ResponseParsers::currentCharges); }
    void payments_data();
    void payments() { ParserCases::check(&ResponseParsers::payments); }
    void installments_data();
    void installments() { ParserCases::check(&ResponseParsers::installments); }
    void feedbackMessages_data();
    void feedbackMessages() { ParserCases::check(&ResponseParsers::feedbackMessages); }
    void feedbackMessage_data();
    void feedbackMessage() { ParserCases::check(&ResponseParsers::feedbackMessage); }
    void contacts_data();
    void contacts() { ParserCases::check(&ResponseParsers::contacts); }
    void callbackReceipt_data();
    void callbackReceipt() { ParserCases::check(&ResponseParsers::callbackReceipt); }

    void deliveryValues();
    void chargesValues();
    void paymentsValues();
    void installmentsValues();
    void feedbackValues();
    void contactsValues();
};

namespace {

const QByteArray deliveryJson = R"({"method":"email","address":"buh@romashka.example",
    "next_regular_invoice":{"period":"2025-03","address":"buh@romashka.example","method":"email"}})";

const QByteArray historyJson = R"({"items":[
    {"method":"email","address":"buh@romashka.example","effective_at":"2025-02-15T08:00:00Z"},
    {"method":"in_person","address":"Офис на Тверской","effective_at":"2024-01-01T00:00:00Z"}]})";

const QByteArray chargesJson = R"({"period":"2025-03","currency":"RUB","total":"4120.75","items":[
    {"subscriber_id":"sub-01","number":"+74951230001","label":"Reception","amount":"4000.00"},
    {"subscriber_id":"sub-02","number":"+74951230002","label":"","amount":"120.75"}]})";

const QByteArray paymentsJson = R"({"balance":{"amount":"-1500.00","currency":"RUB"},"items":[
    {"id":"pay-2","date":"2025-02-10","amount":"15230.50","currency":"RUB","method":"bank_transfer","document":"1842"},
    {"id":"pay-1","date":"2025-01-09","amount":"14800.00","currency":"RUB","method":"card","document":"1790"}]})";

const QByteArray installmentsJson = R"({"items":[
    {"id":"inst-1","device":"Yealink T54W","total":"24000.00","paid":"8000.00","remaining":"16000.00",
     "currency":"RUB","next_payment":{"date":"2025-04-10","amount":"2000.00"},
     "schedule":[{"date":"2025-02-10","amount":"2000.00","status":"paid"},
                 {"date":"2025-03-10","amount":"2000.00","status":"overdue"},
                 {"date":"2025-04-10","amount":"2000.00","status":"due"}]},
    {"id":"inst-2","device":"Gigaset N870","total":"9000.00","paid":"9000.00","remaining":"0.00",
     "currency":"RUB","next_payment":null,"schedule":[]}]})";

const QByteArray feedbackListJson = R"({"items":[
    {"id":"fb-3","topic":"Счёт","text":"Не пришёл счёт за февраль","sent_at":"2025-03-05T07:00:00Z",
     "status":"in_progress","attachment_name":"screenshot.png","answer":null},
    {"id":"fb-2","topic":"Связь","text":"Плохо слышно","sent_at":"2025-02-01T10:00:00Z",
     "status":"answered","attachment_name":null,
     "answer":{"text":"Проверили линию, связь восстановлена.","answered_at":"2025-02-03T09:30:00Z"}}]})";

const QByteArray feedbackJson = R"({"id":"fb-4","topic":"Документы","text":"Прошу акт сверки",
    "sent_at":"2025-03-10T12:00:00Z","status":"received","attachment_name":null,"answer":null})";

const QByteArray contactsJson = R"({"call_centre":{"numbers":[
    {"number":"+78005550101","label":"Business customers"},{"number":"+74955550102","label":"Moscow"}],
    "hours":"24/7"}})";

const QByteArray callbackJson = R"({"id":"cb-1","number":100001,"phone":"+79161234567","requested_at":"2025-03-10T12:00:00Z"})";

} // namespace

void TestServiceParsers::delivery_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(deliveryJson);
    row("in person", deliveryJson, "method", u"in_person"_s, "");
    row("method outside the contract", deliveryJson, "method", u"post"_s, "$.method: unexpected value \"post\"");
    row("address null", deliveryJson, "address", QJsonValue(), "$.address: expected string, got null");
    row("missing next_regular_invoice", deliveryJson, "next_regular_invoice", absent(), "$.next_regular_invoice: missing");
    row("next period bad", deliveryJson, "next_regular_invoice.period", u"2025"_s, "$.next_regular_invoice.period: not a period");
    row("next method bad", deliveryJson, "next_regular_invoice.method", true,
        "$.next_regular_invoice.method: expected string, got boolean");
}

void TestServiceParsers::deliveryHistory_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(historyJson);
    row("bad effective_at", historyJson, "items.0.effective_at", u"2025-02-15T08:00:00+3"_s,
        "$.items[0].effective_at: not an RFC 3339");
    row("method outside the contract", historyJson, "items.1.method", u"courier"_s, "$.items[1].method: unexpected value");
    row("missing items", historyJson, "items", absent(), "$.items: missing");
}

void TestServiceParsers::currentCharges_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(chargesJson);
    row("bad total", chargesJson, "total", u"abc"_s, "$.total: not an amount");
    row("total with three digits", chargesJson, "total", u"4120.750"_s, "$.total: not an amount");
    row("missing currency", chargesJson, "currency", absent(), "$.currency: missing");
    row("item amount as number", chargesJson, "items.1.amount", 120.75, "$.items[1].amount: expected string, got number");
    row("bad period", chargesJson, "period", u"03-2025"_s, "$.period: not a period");
    row("item missing subscriber_id", chargesJson, "items.0.subscriber_id", absent(), "$.items[0].subscriber_id: missing");
}

void TestServiceParsers::payments_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(paymentsJson);
    row("balance without fraction", paymentsJson, "balance.amount", u"-1500"_s, "$.balance.amount: not an amount");
    row("missing balance", paymentsJson, "balance", absent(), "$.balance: missing");
    row("impossible date", paymentsJson, "items.0.date", u"2025-02-30"_s, "$.items[0].date: not a date");
    row("date in local format", paymentsJson, "items.1.date", u"10.02.2025"_s, "$.items[1].date: not a date");
    row("date with time", paymentsJson, "items.1.date", u"2025-02-10T00:00:00Z"_s, "$.items[1].date: not a date");
    row("currency two letters", paymentsJson, "items.0.currency", u"RU"_s, "$.items[0].currency: not an ISO 4217");
    row("method as number", paymentsJson, "items.0.method", 5, "$.items[0].method: expected string, got number");
    row("missing document", paymentsJson, "items.1.document", absent(), "$.items[1].document: missing");
}

void TestServiceParsers::installments_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(installmentsJson);
    row("missing next_payment", installmentsJson, "items.1.next_payment", absent(), "$.items[1].next_payment: missing");
    row("next_payment as string", installmentsJson, "items.0.next_payment", u"2025-04-10"_s,
        "$.items[0].next_payment: expected object, got string");
    row("bad next_payment date", installmentsJson, "items.0.next_payment.date", u"2025-4-10"_s,
        "$.items[0].next_payment.date: not a date");
    row("schedule status outside the contract", installmentsJson, "items.0.schedule.1.status", u"late"_s,
        "$.items[0].schedule[1].status: unexpected value \"late\"");
    row("bad total", installmentsJson, "items.0.total", u"24 000.00"_s, "$.items[0].total: not an amount");
    row("missing currency", installmentsJson, "items.1.currency", absent(), "$.items[1].currency: missing");
    row("missing schedule", installmentsJson, "items.1.schedule", absent(), "$.items[1].schedule: missing");
}

void TestServiceParsers::feedbackMessages_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(feedbackListJson);
    row("status outside the contract", feedbackListJson, "items.0.status", u"closed"_s, "$.items[0].status: unexpected value");
    row("missing attachment_name", feedbackListJson, "items.1.attachment_name", absent(),
        "$.items[1].attachment_name: missing");
    row("attachment_name as number", feedbackListJson, "items.0.attachment_name", 5,
        "$.items[0].attachment_name: expected string, got number");
    row("bad sent_at", feedbackListJson, "items.1.sent_at", u"2025-02-01T10:00:00"_s, "$.items[1].sent_at: not an RFC 3339");
    row("missing answer", feedbackListJson, "items.0.answer", absent(), "$.items[0].answer: missing");
    row("answer without its time", feedbackListJson, "items.1.answer.answered_at", absent(),
        "$.items[1].answer.answered_at: missing");
}

void TestServiceParsers::feedbackMessage_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(feedbackJson);
    row("status outside the contract", feedbackJson, "status", u"RECEIVED"_s, "$.status: unexpected value");
    row("topic null", feedbackJson, "topic", QJsonValue(), "$.topic: expected string, got null");
    row("missing text", feedbackJson, "text", absent(), "$.text: missing");
}

void TestServiceParsers::contacts_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(contactsJson);
    row("missing call_centre", contactsJson, "call_centre", absent(), "$.call_centre: missing");
    row("numbers as object", contactsJson, "call_centre.numbers", QJsonObject(),
        "$.call_centre.numbers: expected array, got object");
    row("missing number", contactsJson, "call_centre.numbers.1.number", absent(), "$.call_centre.numbers[1].number: missing");
    row("missing hours", contactsJson, "call_centre.hours", absent(), "$.call_centre.hours: missing");
}

void TestServiceParsers::callbackReceipt_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(callbackJson);
    row("bad requested_at", callbackJson, "requested_at", u"now"_s, "$.requested_at: not an RFC 3339");
    row("missing phone", callbackJson, "phone", absent(), "$.phone: missing");
    row("id as number", callbackJson, "id", 1, "$.id: expected string, got number");
}

void TestServiceParsers::deliveryValues()
{
    SIPCABINET_PARSED(settings, ResponseParsers::delivery, deliveryJson);
    QCOMPARE(settings.method, DeliveryMethod::Email);
    QCOMPARE(settings.address, u"buh@romashka.example"_s);
    QCOMPARE(settings.nextRegularInvoice.period, BillingPeriod(2025, 3));
    QCOMPARE(settings.nextRegularInvoice.method, DeliveryMethod::Email);

    SIPCABINET_PARSED(history, ResponseParsers::deliveryHistory, historyJson);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).method, DeliveryMethod::InPerson);
    QCOMPARE(history.at(1).address, u"Офис на Тверской"_s);
    QCOMPARE(history.at(0).effectiveAt, QDateTime(QDate(2025, 2, 15), QTime(8, 0), Qt::UTC));
}

void TestServiceParsers::chargesValues()
{
    SIPCABINET_PARSED(charges, ResponseParsers::currentCharges, chargesJson);
    QCOMPARE(charges.period, BillingPeriod(2025, 3));
    QCOMPARE(charges.total, Money(412075, u"RUB"_s));
    QCOMPARE(charges.items.size(), 2);
    QCOMPARE(charges.items.at(1).amount, Money(12075, u"RUB"_s));
    QCOMPARE(charges.items.at(0).subscriberId, u"sub-01"_s);
}

void TestServiceParsers::paymentsValues()
{
    SIPCABINET_PARSED(history, ResponseParsers::payments, paymentsJson);
    QCOMPARE(history.balance, Money(-150000, u"RUB"_s));
    QCOMPARE(history.payments.size(), 2);
    QCOMPARE(history.payments.at(0).date, QDate(2025, 2, 10));
    QCOMPARE(history.payments.at(0).method, u"bank_transfer"_s);
    QCOMPARE(history.payments.at(0).document, u"1842"_s);
    QCOMPARE(history.payments.at(1).amount, Money(1480000, u"RUB"_s));
}

void TestServiceParsers::installmentsValues()
{
    SIPCABINET_PARSED(plans, ResponseParsers::installments, installmentsJson);
    QCOMPARE(plans.size(), 2);
    const Installment &open = plans.at(0);
    QCOMPARE(open.device, u"Yealink T54W"_s);
    QCOMPARE(open.remaining, Money(1600000, u"RUB"_s));
    QVERIFY(open.nextPayment.has_value());
    QCOMPARE(open.nextPayment->date, QDate(2025, 4, 10));
    QCOMPARE(open.nextPayment->amount, Money(200000, u"RUB"_s));
    QCOMPARE(open.schedule.size(), 3);
    QCOMPARE(open.schedule.at(0).status, InstallmentScheduleEntry::Status::Paid);
    QCOMPARE(open.schedule.at(1).status, InstallmentScheduleEntry::Status::Overdue);
    QCOMPARE(open.schedule.at(2).status, InstallmentScheduleEntry::Status::Due);
    QVERIFY(!plans.at(1).nextPayment.has_value());
    QVERIFY(plans.at(1).schedule.isEmpty());
}

void TestServiceParsers::feedbackValues()
{
    SIPCABINET_PARSED(messages, ResponseParsers::feedbackMessages, feedbackListJson);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).status, FeedbackMessage::Status::InProgress);
    QCOMPARE(messages.at(0).attachmentName, std::optional<QString>(u"screenshot.png"_s));
    QCOMPARE(messages.at(1).status, FeedbackMessage::Status::Answered);
    QVERIFY(!messages.at(1).attachmentName.has_value());
    QVERIFY(!messages.at(0).answer.has_value());
    QVERIFY(messages.at(1).answer.has_value());
    QCOMPARE(messages.at(1).answer->text, u"Проверили линию, связь восстановлена."_s);
    QCOMPARE(messages.at(1).answer->answeredAt, QDateTime(QDate(2025, 2, 3), QTime(9, 30), Qt::UTC));

    SIPCABINET_PARSED(sent, ResponseParsers::feedbackMessage, feedbackJson);
    QCOMPARE(sent.status, FeedbackMessage::Status::Received);
    QCOMPARE(sent.topic, u"Документы"_s);
    QCOMPARE(sent.sentAt, QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
}

void TestServiceParsers::contactsValues()
{
    SIPCABINET_PARSED(contacts, ResponseParsers::contacts, contactsJson);
    QCOMPARE(contacts.numbers.size(), 2);
    QCOMPARE(contacts.numbers.at(0).number, u"+78005550101"_s);
    QCOMPARE(contacts.numbers.at(0).label, u"Business customers"_s);
    QCOMPARE(contacts.hours, u"24/7"_s);

    SIPCABINET_PARSED(receipt, ResponseParsers::callbackReceipt, callbackJson);
    QCOMPARE(receipt.id, u"cb-1"_s);
    QCOMPARE(receipt.number, 100001);
    QCOMPARE(receipt.phone, u"+79161234567"_s);
    QCOMPARE(receipt.requestedAt, QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestServiceParsers)
#include "tst_serviceparsers.moc"
