// Response parsers for session, account, subscribers, invoices and invoice documents.
#include "ParserCases.h"
#include "api/parsers/ResponseParsers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ParserCases::absent;
using ParserCases::row;

// Declared before the answers below: moc mis-lexes some of their raw string literals and would miss it.
class TestResponseParsers : public QObject
{
    Q_OBJECT

private slots:
    void sessionTokens_data();
    void sessionTokens() { ParserCases::check(&ResponseParsers::sessionTokens); }
    void account_data();
    void account() { ParserCases::check(&ResponseParsers::account); }
    void clock_data();
    void clock() { ParserCases::check(&ResponseParsers::clock); }
    void subscribers_data();
    void subscribers() { ParserCases::check(&ResponseParsers::subscribers); }
    void invoices_data();
    void invoices() { ParserCases::check(&ResponseParsers::invoices); }
    void invoice_data();
    void invoice() { ParserCases::check(&ResponseParsers::invoice); }
    void orderReceipt_data();
    void orderReceipt() { ParserCases::check(&ResponseParsers::orderReceipt); }
    void documentJob_data();
    void documentJob() { ParserCases::check(&ResponseParsers::documentJob); }
    void downloadLink_data();
    void downloadLink() { ParserCases::check(&ResponseParsers::downloadLink); }

    void sessionTokensValues();
    void accountValues();
    void clockValues();
    void subscribersValues();
    void invoiceValues();
    void orderReceiptValues();
    void documentJobValues();
    void deliveryMethodWireNames();
};

namespace {

const QByteArray sessionJson = R"({"access_token":"at-1f2e","refresh_token":"rt-9a8b","token_type":"Bearer",
    "expires_in":900,"expires_at":"2025-03-04T09:30:00Z"})";

const QByteArray accountJson = R"({"organisation":{"id":"org-1","name":"ООО «Ромашка»",
    "contract_number":"SIP-2019-00421","taxpayer_number":"7701234567","address":"Москва, ул. Тверская, 1",
    "contact_email":"info@romashka.example","contact_phone":"+74951234567","invoice_email":"buh@romashka.example"},
    "billing_time_zone":"Europe/Moscow","server_time":"2025-03-04T09:15:00Z",
    "invoicing":{"open":true,"reopens_at":null},
    "delivery":{"method":"in_person","address":"Офис на Тверской, окно 3"}})";

const QByteArray clockJson = R"({"server_time":"2025-03-02T10:00:00.250Z","billing_time_zone":"Europe/Moscow",
    "invoicing":{"open":false,"reopens_at":"2025-03-03T21:00:00Z"}})";

const QByteArray subscribersJson = R"({"items":[
    {"id":"sub-01","number":"+74951230001","label":"Reception","status":"active"},
    {"id":"sub-02","number":"+74951230002","label":"","status":"blocked"},
    {"id":"sub-03","number":"+74951230003","label":"Склад","status":"suspended"}]})";

const QByteArray invoicesJson = R"({"items":[
    {"period":"2025-02","number":"INV-2025-02-000421","amount":"15230.50","currency":"RUB",
     "formed_at":"2025-03-01T00:00:00Z","delivered_to":{"method":"email","address":"buh@romashka.example"}},
    {"period":"2025-01","number":"INV-2025-01-000421","amount":"-120.00","currency":"RUB",
     "formed_at":"2025-02-01T03:00:00+03:00","delivered_to":{"method":"in_person","address":"Офис"}}]})";

const QByteArray invoiceJson = R"({"period":"2025-02","number":"INV-2025-02-000421","amount":"15230.50",
    "currency":"RUB","formed_at":"2025-03-01T00:00:00Z",
    "delivered_to":{"method":"email","address":"buh@romashka.example"},
    "lines":[{"subscriber_id":"sub-01","number":"+74951230001","label":"Reception","amount":"10000.00"},
             {"subscriber_id":"sub-02","number":"+74951230002","label":"","amount":"5230.50"}]})";

const QByteArray repeatJson = R"({"order_id":"ord-17","order_number":100017,"period":"2025-02","sent_to":"buh@romashka.example",
    "ordered_at":"2025-03-10T12:00:00Z"})";

const QByteArray callDetailsOrderJson = R"({"order_id":"ord-18","order_number":100018,"sent_to":"buh@romashka.example",
    "ordered_at":"2025-03-10T12:01:00Z"})";

const QByteArray readyJobJson = R"({"id":"job-8f14e45f","period":"2025-02","status":"ready","progress":100,
    "created_at":"2025-03-10T12:00:00Z","updated_at":"2025-03-10T12:00:03Z",
    "download":{"url":"http://127.0.0.1:8080/api/v1/downloads/eyJqIjoiam9iLTEifQ.c2ln","size":48213,
    "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "expires_at":"2025-03-10T12:10:03Z"}})";

const QByteArray queuedJobJson = R"({"id":"job-8f14e45f","period":"2025-01","status":"queued","progress":0,
    "created_at":"2025-03-10T12:00:00Z","updated_at":"2025-03-10T12:00:00Z","download":null})";

const QByteArray linkJson = R"({"url":"https://api.sipcabinet.example/api/v1/downloads/eyJqIjoiam9iLTEifQ.c2ln",
    "size":48213,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "expires_at":"2025-03-10T12:20:00Z"})";

} // namespace

void TestResponseParsers::sessionTokens_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(sessionJson);
    row("missing access_token", sessionJson, "access_token", absent(), "$.access_token: missing");
    row("empty refresh_token", sessionJson, "refresh_token", u""_s, "$.refresh_token: empty");
    row("token_type outside the contract", sessionJson, "token_type", u"MAC"_s, "$.token_type: unexpected value");
    row("expires_in as string", sessionJson, "expires_in", u"900"_s, "$.expires_in: expected number, got string");
    row("expires_in fractional", sessionJson, "expires_in", 900.5, "$.expires_in: expected an integer");
    row("expires_in huge", sessionJson, "expires_in", 1e300, "$.expires_in: expected an integer");
    row("expires_in negative", sessionJson, "expires_in", -1, "$.expires_in: -1 is outside");
    row("expires_at without offset", sessionJson, "expires_at", u"2025-03-04T09:30:00"_s, "$.expires_at: not an RFC 3339");
    row("expires_at date only", sessionJson, "expires_at", u"2025-03-04"_s, "$.expires_at: not an RFC 3339");
    row("expires_at without seconds", sessionJson, "expires_at", u"2025-03-04T09:30+03:00"_s, "$.expires_at: not an RFC 3339");
    row("expires_at impossible", sessionJson, "expires_at", u"2025-02-30T09:30:00Z"_s, "$.expires_at: not an RFC 3339");
    row("expires_at with offset", sessionJson, "expires_at", u"2025-03-04T12:30:00+03:00"_s, "");
}

void TestResponseParsers::account_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(accountJson);
    row("missing organisation", accountJson, "organisation", absent(), "$.organisation: missing");
    row("organisation not an object", accountJson, "organisation", u"org-1"_s, "$.organisation: expected object, got string");
    row("organisation as array", accountJson, "organisation", QJsonArray(), "$.organisation: expected object, got array");
    row("name as number", accountJson, "organisation.name", 42, "$.organisation.name: expected string, got number");
    row("missing invoice_email", accountJson, "organisation.invoice_email", absent(), "$.organisation.invoice_email: missing");
    row("empty organisation id", accountJson, "organisation.id", u""_s, "$.organisation.id: empty");
    row("unknown time zone", accountJson, "billing_time_zone", u"Mars/Olympus_Mons"_s, "$.billing_time_zone: unknown time zone");
    row("time zone as number", accountJson, "billing_time_zone", 3, "$.billing_time_zone: expected string");
    row("bad server_time", accountJson, "server_time", u"04.03.2025 09:15"_s, "$.server_time: not an RFC 3339");
    row("open as string", accountJson, "invoicing.open", u"true"_s, "$.invoicing.open: expected boolean, got string");
    row("missing reopens_at", accountJson, "invoicing.reopens_at", absent(), "$.invoicing.reopens_at: missing");
    row("closed without reopens_at", accountJson, "invoicing", QJsonObject{{u"open"_s, false}, {u"reopens_at"_s, QJsonValue()}},
        "$.invoicing.reopens_at: null while invoicing is closed");
    row("closed with reopens_at", accountJson, "invoicing",
        QJsonObject{{u"open"_s, false}, {u"reopens_at"_s, u"2025-03-03T21:00:00Z"_s}}, "");
    row("delivery method outside the contract", accountJson, "delivery.method", u"post"_s,
        "$.delivery.method: unexpected value \"post\"");
    row("missing delivery address", accountJson, "delivery.address", absent(), "$.delivery.address: missing");
}

void TestResponseParsers::clock_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(clockJson);
    row("missing server_time", clockJson, "server_time", absent(), "$.server_time: missing");
    row("server_time as number", clockJson, "server_time", 1741079700, "$.server_time: expected string, got number");
    row("missing invoicing", clockJson, "invoicing", absent(), "$.invoicing: missing");
    row("bad reopens_at", clockJson, "invoicing.reopens_at", u"soon"_s, "$.invoicing.reopens_at: not an RFC 3339");
    row("reopens_at as number", clockJson, "invoicing.reopens_at", 5, "$.invoicing.reopens_at: expected string");
    row("empty time zone", clockJson, "billing_time_zone", u""_s, "$.billing_time_zone: empty");
}

void TestResponseParsers::subscribers_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(subscribersJson);
    row("no subscribers", subscribersJson, "items", QJsonArray(), "");
    row("missing items", subscribersJson, "items", absent(), "$.items: missing");
    row("items as object", subscribersJson, "items", QJsonObject(), "$.items: expected array, got object");
    row("item not an object", subscribersJson, "items.0", u"sub-01"_s, "$.items[0]: expected an object, got string");
    row("status outside the contract", subscribersJson, "items.1.status", u"deleted"_s,
        "$.items[1].status: unexpected value \"deleted\"");
    row("status upper case", subscribersJson, "items.0.status", u"ACTIVE"_s, "$.items[0].status: unexpected value");
    row("empty id", subscribersJson, "items.2.id", u""_s, "$.items[2].id: empty");
    row("number null", subscribersJson, "items.0.number", QJsonValue(), "$.items[0].number: expected string, got null");
}

void TestResponseParsers::invoices_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(invoicesJson);
    row("amount with one fraction digit", invoicesJson, "items.0.amount", u"15230.5"_s, "$.items[0].amount: not an amount");
    row("amount with a comma", invoicesJson, "items.0.amount", u"15230,50"_s, "$.items[0].amount: not an amount");
    row("amount as number", invoicesJson, "items.0.amount", 15230.5, "$.items[0].amount: expected string, got number");
    row("currency lower case", invoicesJson, "items.1.currency", u"rub"_s, "$.items[1].currency: not an ISO 4217");
    row("missing currency", invoicesJson, "items.0.currency", absent(), "$.items[0].currency: missing");
    row("period month 13", invoicesJson, "items.0.period", u"2025-13"_s, "$.items[0].period: not a period");
    row("period one-digit month", invoicesJson, "items.0.period", u"2025-2"_s, "$.items[0].period: not a period");
    row("period as date", invoicesJson, "items.0.period", u"2025-02-01"_s, "$.items[0].period: not a period");
    row("bad formed_at", invoicesJson, "items.1.formed_at", u"2025-02-01T03:00:00 MSK"_s, "$.items[1].formed_at: not an RFC 3339");
    row("missing delivered_to", invoicesJson, "items.0.delivered_to", absent(), "$.items[0].delivered_to: missing");
    row("delivered_to method outside the contract", invoicesJson, "items.0.delivered_to.method", u"fax"_s,
        "$.items[0].delivered_to.method: unexpected value");
}

void TestResponseParsers::invoice_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(invoiceJson);
    row("no lines", invoiceJson, "lines", QJsonArray(), "");
    row("missing lines", invoiceJson, "lines", absent(), "$.lines: missing");
    row("line amount bad", invoiceJson, "lines.1.amount", u"5 230.50"_s, "$.lines[1].amount: not an amount");
    row("line subscriber_id null", invoiceJson, "lines.0.subscriber_id", QJsonValue(), "$.lines[0].subscriber_id: expected string");
    row("line as array", invoiceJson, "lines.0", QJsonArray(), "$.lines[0]: expected an object, got array");
    row("missing number", invoiceJson, "number", absent(), "$.number: missing");
}

void TestResponseParsers::orderReceipt_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(repeatJson);
    row("call details order without period", callDetailsOrderJson, "", absent(), "");
    row("period bad", repeatJson, "period", u"February"_s, "$.period: not a period");
    row("period null", repeatJson, "period", QJsonValue(), "$.period: expected string, got null");
    row("missing order_id", repeatJson, "order_id", absent(), "$.order_id: missing");
    row("order_id as number", callDetailsOrderJson, "order_id", 18, "$.order_id: expected string, got number");
    row("missing order_number", repeatJson, "order_number", absent(), "$.order_number: missing");
    row("order_number zero", repeatJson, "order_number", 0, "$.order_number: expected a positive integer");
    row("empty sent_to", repeatJson, "sent_to", u""_s, "$.sent_to: empty");
    row("bad ordered_at", callDetailsOrderJson, "ordered_at", u"2025-03-10"_s, "$.ordered_at: not an RFC 3339");
}

void TestResponseParsers::documentJob_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(readyJobJson);
    row("queued without link", queuedJobJson, "", absent(), "");
    row("cancelled without link", queuedJobJson, "status", u"cancelled"_s, "");
    row("failed without link", queuedJobJson, "status", u"failed"_s, "");
    row("progress 150", readyJobJson, "progress", 150, "$.progress: 150 is outside 0..100");
    row("progress negative", queuedJobJson, "progress", -1, "$.progress: -1 is outside 0..100");
    row("progress fractional", queuedJobJson, "progress", 12.5, "$.progress: expected an integer");
    row("progress as string", queuedJobJson, "progress", u"0"_s, "$.progress: expected number, got string");
    row("status outside the contract", queuedJobJson, "status", u"done"_s, "$.status: unexpected value \"done\"");
    row("ready without link", queuedJobJson, "status", u"ready"_s, "$.download: null for a ready job");
    row("link while generating", readyJobJson, "status", u"generating"_s, "$.download: present for a job that is not ready");
    row("missing download", queuedJobJson, "download", absent(), "$.download: missing");
    row("download as string", readyJobJson, "download", u"http://x"_s, "$.download: expected object, got string");
    row("sha256 not hex", readyJobJson, "download.sha256",
        u"zz86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s, "$.download.sha256: not 64 lower-case hex");
    row("relative url", readyJobJson, "download.url", u"/api/v1/downloads/eyJqIjoiam9iLTEifQ.c2ln"_s,
        "$.download.url: not an absolute http(s) URL");
    row("missing size", readyJobJson, "download.size", absent(), "$.download.size: missing");
    row("bad created_at", queuedJobJson, "created_at", u"yesterday"_s, "$.created_at: not an RFC 3339");
    row("missing updated_at", queuedJobJson, "updated_at", absent(), "$.updated_at: missing");
    row("empty id", queuedJobJson, "id", u""_s, "$.id: empty");
    row("bad period", queuedJobJson, "period", u"2025-00"_s, "$.period: not a period");
}

void TestResponseParsers::downloadLink_data()
{
    ParserCases::addColumns();
    ParserCases::addDocumentRows(linkJson);
    row("size zero", linkJson, "size", 0, "");
    row("size negative", linkJson, "size", -5, "$.size: -5 is outside");
    row("size as string", linkJson, "size", u"48213"_s, "$.size: expected number, got string");
    row("sha256 upper case", linkJson, "sha256", u"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"_s,
        "$.sha256: not 64 lower-case hex");
    row("sha256 63 digits", linkJson, "sha256", u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"_s,
        "$.sha256: not 64 lower-case hex");
    row("sha256 base64", linkJson, "sha256", u"n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="_s, "$.sha256: not 64 lower-case hex");
    row("relative url", linkJson, "url", u"downloads/abc"_s, "$.url: not an absolute http(s) URL");
    row("url without host", linkJson, "url", u"https:///downloads/abc"_s, "$.url: not an absolute http(s) URL");
    row("url with another scheme", linkJson, "url", u"file:///etc/passwd"_s, "$.url: not an absolute http(s) URL");
    row("javascript url", linkJson, "url", u"javascript:alert(1)"_s, "$.url: not an absolute http(s) URL");
    row("missing url", linkJson, "url", absent(), "$.url: missing");
    row("missing expires_at", linkJson, "expires_at", absent(), "$.expires_at: missing");
}

void TestResponseParsers::sessionTokensValues()
{
    SIPCABINET_PARSED(tokens, ResponseParsers::sessionTokens, sessionJson);
    QCOMPARE(tokens.accessToken, u"at-1f2e"_s);
    QCOMPARE(tokens.refreshToken, u"rt-9a8b"_s);
    QCOMPARE(tokens.expiresInSeconds, 900);
    QCOMPARE(tokens.expiresAt, QDateTime(QDate(2025, 3, 4), QTime(9, 30), Qt::UTC));
}

void TestResponseParsers::accountValues()
{
    SIPCABINET_PARSED(account, ResponseParsers::account, accountJson);
    QCOMPARE(account.organisation.id, u"org-1"_s);
    QCOMPARE(account.organisation.name, u"ООО «Ромашка»"_s);
    QCOMPARE(account.organisation.contractNumber, u"SIP-2019-00421"_s);
    QCOMPARE(account.organisation.taxpayerNumber, u"7701234567"_s);
    QCOMPARE(account.organisation.contactPhone, u"+74951234567"_s);
    QCOMPARE(account.organisation.invoiceEmail, u"buh@romashka.example"_s);
    QCOMPARE(account.billingTimeZone.id(), QByteArrayLiteral("Europe/Moscow"));
    QCOMPARE(account.serverTime, QDateTime(QDate(2025, 3, 4), QTime(9, 15), Qt::UTC));
    QVERIFY(account.invoicing.open);
    QVERIFY(!account.invoicing.reopensAt.isValid());
    QCOMPARE(account.delivery.method, DeliveryMethod::InPerson);
    QCOMPARE(account.delivery.address, u"Офис на Тверской, окно 3"_s);
}

void TestResponseParsers::clockValues()
{
    SIPCABINET_PARSED(clock, ResponseParsers::clock, clockJson);
    QCOMPARE(clock.serverTime, QDateTime(QDate(2025, 3, 2), QTime(10, 0, 0, 250), Qt::UTC));
    QVERIFY(!clock.invoicing.open);
    QCOMPARE(clock.invoicing.reopensAt, QDateTime(QDate(2025, 3, 3), QTime(21, 0), Qt::UTC));
    QCOMPARE(clock.billingTimeZone, QTimeZone("Europe/Moscow"));
}

void TestResponseParsers::subscribersValues()
{
    SIPCABINET_PARSED(subscribers, ResponseParsers::subscribers, subscribersJson);
    QCOMPARE(subscribers.size(), 3);
    QCOMPARE(subscribers.at(0).status, Subscriber::Status::Active);
    QCOMPARE(subscribers.at(1).status, Subscriber::Status::Blocked);
    QCOMPARE(subscribers.at(2).status, Subscriber::Status::Suspended);
    QCOMPARE(subscribers.at(2).label, u"Склад"_s);
    QCOMPARE(subscribers.at(1).number, u"+74951230002"_s);
}

void TestResponseParsers::invoiceValues()
{
    SIPCABINET_PARSED(list, ResponseParsers::invoices, invoicesJson);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).amount, Money(-12000, u"RUB"_s));
    QCOMPARE(list.at(1).formedAt, QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(list.at(1).deliveredTo.method, DeliveryMethod::InPerson);
    QVERIFY(list.at(0).lines.isEmpty());

    SIPCABINET_PARSED(invoice, ResponseParsers::invoice, invoiceJson);
    QCOMPARE(invoice.period, BillingPeriod(2025, 2));
    QCOMPARE(invoice.number, u"INV-2025-02-000421"_s);
    QCOMPARE(invoice.amount, Money(1523050, u"RUB"_s));
    QCOMPARE(invoice.deliveredTo.address, u"buh@romashka.example"_s);
    QCOMPARE(invoice.lines.size(), 2);
    QCOMPARE(invoice.lines.at(1).subscriberId, u"sub-02"_s);
    QCOMPARE(invoice.lines.at(1).amount, Money(523050, u"RUB"_s));
}

void TestResponseParsers::orderReceiptValues()
{
    SIPCABINET_PARSED(repeat, ResponseParsers::orderReceipt, repeatJson);
    QCOMPARE(repeat.orderId, u"ord-17"_s);
    QCOMPARE(repeat.orderNumber, 100017);
    QCOMPARE(repeat.sentTo, u"buh@romashka.example"_s);
    QCOMPARE(repeat.period, std::optional<BillingPeriod>(BillingPeriod(2025, 2)));
    QCOMPARE(repeat.orderedAt, QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));

    SIPCABINET_PARSED(callDetails, ResponseParsers::orderReceipt, callDetailsOrderJson);
    QVERIFY(!callDetails.period.has_value());
}

void TestResponseParsers::documentJobValues()
{
    SIPCABINET_PARSED(ready, ResponseParsers::documentJob, readyJobJson);
    QCOMPARE(ready.id, u"job-8f14e45f"_s);
    QCOMPARE(ready.status, InvoiceDocumentJob::Status::Ready);
    QCOMPARE(ready.progress, 100);
    QVERIFY(ready.isFinished());
    QVERIFY(ready.download.has_value());
    QCOMPARE(ready.download->url, QUrl(u"http://127.0.0.1:8080/api/v1/downloads/eyJqIjoiam9iLTEifQ.c2ln"_s));
    QCOMPARE(ready.download->size, 48213);
    QCOMPARE(ready.download->sha256, QByteArrayLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    QCOMPARE(ready.download->expiresAt, QDateTime(QDate(2025, 3, 10), QTime(12, 10, 3), Qt::UTC));

    SIPCABINET_PARSED(queued, ResponseParsers::documentJob, queuedJobJson);
    QCOMPARE(queued.status, InvoiceDocumentJob::Status::Queued);
    QCOMPARE(queued.period, BillingPeriod(2025, 1));
    QVERIFY(!queued.isFinished());
    QVERIFY(!queued.download.has_value());

    SIPCABINET_PARSED(link, ResponseParsers::downloadLink, linkJson);
    QCOMPARE(link.url.host(), u"api.sipcabinet.example"_s);
    QCOMPARE(link.sha256.size(), 64);
}

void TestResponseParsers::deliveryMethodWireNames()
{
    QCOMPARE(deliveryMethodToWire(DeliveryMethod::Email), u"email"_s);
    QCOMPARE(deliveryMethodToWire(DeliveryMethod::InPerson), u"in_person"_s);
    QCOMPARE(deliveryMethodFromWire(u"email"), std::optional<DeliveryMethod>(DeliveryMethod::Email));
    QCOMPARE(deliveryMethodFromWire(u"in_person"), std::optional<DeliveryMethod>(DeliveryMethod::InPerson));
    QVERIFY(!deliveryMethodFromWire(u"Email").has_value());
    QVERIFY(!deliveryMethodFromWire(u"").has_value());
}

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_responseparsers.moc"
