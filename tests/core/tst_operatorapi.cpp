// Every operation of the typed client against the real sandbox over loopback HTTP.
#include "ApiAwait.h"
#include "SandboxFixture.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "session/OperatorSession.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOperatorApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void logsInAndRejectsWrongPassword();
    void readsTheAccountAndTheClock();
    void readsSubscribersAndInvoices();
    void ordersARepeatToTheCurrentEmail();
    void refusesOrdersDuringTheBlackout();
    void generatesADocumentWithLongPolling();
    void cancelsADocumentJob();
    void refusesPeriodsOutsideTheTwoMonths();
    void changesDeliveryAndRejectsABadEmail();
    void ordersCallDetailsAndCharges();
    void readsPaymentsInstallmentsAndContacts();
    void sendsFeedbackAndRequestsACallBack();
    void renewsAnExpiredTokenOnce();
    void endsTheSessionWhenRenewalFails();
    void sendsNothingToAnAddressThePolicyRefuses();
    void agreesWithTheOperatorOnTheAttachmentLimit();

private:
    template<typename T, typename Start>
    ApiResult<T> run(Start start)
    {
        return awaitResult<T>(start);
    }
    void logIn();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    OperatorApi *m_api = nullptr;
    OperatorSession *m_session = nullptr;
};

void TestOperatorApi::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    m_api = new OperatorApi(m_connection.get(), m_connection.get());
    m_session = new OperatorSession(m_connection.get(), m_connection.get());
}

void TestOperatorApi::cleanup()
{
    m_connection.reset();
    m_sandbox.reset();
}

void TestOperatorApi::sendsNothingToAnAddressThePolicyRefuses()
{
    // However the address arrived (command line, login form, settings file), the connection itself
    // refuses one the policy does not allow: not a byte, not even a connection attempt.
    QUrl refused = m_sandbox->baseUrl();
    refused.setScheme(u"ftp"_s);
    m_connection->setBaseUrl(refused);
    QVERIFY(!m_connection->addressProblem().isEmpty());
    QSignalSpy requests(m_connection->network(), &QNetworkAccessManager::finished);
    const auto result = run<SessionTokens>([this](QObject *context, auto done) {
        m_session->logIn(u"demo"_s, u"demo-password"_s, context, done);
    });
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::UnsafeAddress);
    QVERIFY(result.error().userMessage().startsWith(m_connection->addressProblem()));
    QCOMPARE(requests.count(), 0);
}

void TestOperatorApi::agreesWithTheOperatorOnTheAttachmentLimit()
{
    // The client checks files against FeedbackAttachment::MaxBytes before sending: the operator must
    // take exactly that much, and refuse one byte more.
    logIn();
    const auto send = [this](qint64 size) {
        const FeedbackAttachment attachment{u"scan.pdf"_s, u"application/pdf"_s, QByteArray(size, 'x')};
        return run<FeedbackMessage>([this, &attachment](QObject *context, auto done) {
            return m_api->sendFeedback(u"Счет"_s, u"Скан во вложении"_s, attachment, context, done);
        });
    };
    const auto atTheLimit = send(FeedbackAttachment::MaxBytes);
    QVERIFY2(atTheLimit.isOk(), qPrintable(atTheLimit.isOk() ? QString() : atTheLimit.error().detail));
    const auto over = send(FeedbackAttachment::MaxBytes + 1);
    QVERIFY(!over.isOk());
    QCOMPARE(over.error().code, u"payload_too_large"_s);
}

void TestOperatorApi::logIn()
{
    const auto result = run<SessionTokens>([this](QObject *context, auto done) {
        m_session->logIn(u"demo"_s, u"demo-password"_s, context, done);
    });
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detail));
    QVERIFY(m_session->isActive());
}

void TestOperatorApi::logsInAndRejectsWrongPassword()
{
    const auto wrong = run<SessionTokens>([this](QObject *context, auto done) {
        m_session->logIn(u"demo"_s, u"not-the-password"_s, context, done);
    });
    QVERIFY(!wrong.isOk());
    QCOMPARE(wrong.error().code, u"invalid_credentials"_s);
    QCOMPARE(wrong.error().httpStatus, 401);
    QVERIFY(!m_session->isActive());
    logIn();
    QVERIFY(!m_session->tokens().refreshToken.isEmpty());
    QVERIFY(m_session->tokens().expiresAt > SandboxFixture::defaultNow());
}

void TestOperatorApi::readsTheAccountAndTheClock()
{
    logIn();
    const auto account = run<AccountInfo>([this](QObject *c, auto done) { return m_api->account(c, done); });
    QVERIFY(account.isOk());
    QCOMPARE(account.value().billingTimeZone.id(), QByteArray("Europe/Moscow"));
    QCOMPARE(account.value().serverTime, SandboxFixture::defaultNow());
    QVERIFY(account.value().invoicing.open);
    QVERIFY(!account.value().organisation.name.isEmpty());
    QVERIFY(account.value().organisation.invoiceEmail.contains(u'@'));

    QVERIFY(m_sandbox->setClock(QDateTime::fromString(u"2026-11-30T21:30:00Z"_s, Qt::ISODate)));
    const auto clock = run<OperatorClock>([this](QObject *c, auto done) { return m_api->clock(c, done); });
    QVERIFY(clock.isOk());
    QVERIFY(!clock.value().invoicing.open);
    QCOMPARE(clock.value().invoicing.reopensAt.toUTC(), QDateTime::fromString(u"2026-12-03T21:00:00Z"_s, Qt::ISODate));
}

void TestOperatorApi::readsSubscribersAndInvoices()
{
    logIn();
    const auto subscribers = run<QList<Subscriber>>([this](QObject *c, auto done) { return m_api->subscribers(c, done); });
    QVERIFY(subscribers.isOk());
    QVERIFY(subscribers.value().size() >= 12);

    const auto invoices = run<QList<Invoice>>([this](QObject *c, auto done) { return m_api->invoices(c, done); });
    QVERIFY(invoices.isOk());
    QVERIFY(invoices.value().size() >= 24);
    const BillingPeriod newest = invoices.value().constFirst().period;
    QCOMPARE(newest, BillingPeriod(2026, 10));

    const auto invoice = run<Invoice>([this, newest](QObject *c, auto done) { return m_api->invoice(newest, c, done); });
    QVERIFY(invoice.isOk());
    QCOMPARE(invoice.value().lines.size(), subscribers.value().size());
    Money sum(0, invoice.value().amount.currency());
    for (const InvoiceLine &line : invoice.value().lines)
        sum = sum + line.amount;
    QCOMPARE(sum, invoice.value().amount);

    const auto missing = run<Invoice>([this](QObject *c, auto done) { return m_api->invoice(BillingPeriod(2020, 1), c, done); });
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code, u"not_found"_s);
}

void TestOperatorApi::ordersARepeatToTheCurrentEmail()
{
    logIn();
    const auto account = run<AccountInfo>([this](QObject *c, auto done) { return m_api->account(c, done); });
    QVERIFY(account.isOk());
    const auto receipt = run<OrderReceipt>(
        [this](QObject *c, auto done) { return m_api->repeatInvoice(BillingPeriod(2026, 9), c, done); });
    QVERIFY(receipt.isOk());
    QCOMPARE(receipt.value().sentTo, account.value().organisation.invoiceEmail);
    QTRY_COMPARE(m_sandbox->outboxMessages().size(), 1);
    QFile mail(m_sandbox->outboxMessages().constFirst());
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QByteArray message = mail.readAll();
    QVERIFY(message.contains("To: " + receipt.value().sentTo.toUtf8()) || message.contains(receipt.value().sentTo.toUtf8()));
    QVERIFY(message.contains("application/pdf"));
    QCOMPARE(m_sandbox->orders().size(), 1);
}

void TestOperatorApi::refusesOrdersDuringTheBlackout()
{
    logIn();
    QVERIFY(m_sandbox->setClock(QDateTime::fromString(u"2026-12-02T09:00:00Z"_s, Qt::ISODate)));
    const auto receipt = run<OrderReceipt>(
        [this](QObject *c, auto done) { return m_api->repeatInvoice(BillingPeriod(2026, 9), c, done); });
    QVERIFY(!receipt.isOk());
    QCOMPARE(receipt.error().code, u"invoicing_blackout"_s);
    QCOMPARE(receipt.error().reopensAt.toUTC(), QDateTime::fromString(u"2026-12-03T21:00:00Z"_s, Qt::ISODate));
    QVERIFY(receipt.error().userMessage().contains(QLocale().toString(receipt.error().reopensAt.toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(m_sandbox->orders().size(), 0);
}

void TestOperatorApi::generatesADocumentWithLongPolling()
{
    logIn();
    const auto ordered = run<InvoiceDocumentJob>(
        [this](QObject *c, auto done) { return m_api->orderInvoiceDocument(BillingPeriod(2026, 10), c, done); });
    QVERIFY(ordered.isOk());
    InvoiceDocumentJob job = ordered.value();
    int polls = 0;
    while (!job.isFinished() && polls < 50) {
        const auto next = run<InvoiceDocumentJob>(
            [this, &job](QObject *c, auto done) { return m_api->invoiceDocumentJob(job.id, 10, c, done); });
        QVERIFY(next.isOk());
        QVERIFY(next.value().progress >= job.progress);
        job = next.value();
        ++polls;
    }
    QCOMPARE(job.status, InvoiceDocumentJob::Status::Ready);
    QVERIFY(job.download.has_value());
    QVERIFY(job.download->size > 0);
    QCOMPARE(job.download->sha256.size(), 64);
    QVERIFY2(polls < 20, "long polling answers on change, not in a busy loop");

    QVERIFY(m_sandbox->setClock(SandboxFixture::defaultNow().addSecs(120)));
    const auto renewed = run<DownloadLink>([this, &job](QObject *c, auto done) { return m_api->renewDownloadLink(job.id, c, done); });
    QVERIFY(renewed.isOk());
    QCOMPARE(renewed.value().sha256, job.download->sha256);
    QVERIFY(renewed.value().url != job.download->url);
    QVERIFY(renewed.value().expiresAt > job.download->expiresAt);
}

void TestOperatorApi::cancelsADocumentJob()
{
    logIn();
    const auto ordered = run<InvoiceDocumentJob>(
        [this](QObject *c, auto done) { return m_api->orderInvoiceDocument(BillingPeriod(2026, 9), c, done); });
    QVERIFY(ordered.isOk());
    const auto cancelled = run<InvoiceDocumentJob>(
        [this, &ordered](QObject *c, auto done) { return m_api->cancelInvoiceDocument(ordered.value().id, c, done); });
    QVERIFY(cancelled.isOk());
    QCOMPARE(cancelled.value().status, InvoiceDocumentJob::Status::Cancelled);
}

void TestOperatorApi::refusesPeriodsOutsideTheTwoMonths()
{
    logIn();
    const auto tooOld = run<InvoiceDocumentJob>(
        [this](QObject *c, auto done) { return m_api->orderInvoiceDocument(BillingPeriod(2026, 8), c, done); });
    QVERIFY(!tooOld.isOk());
    QCOMPARE(tooOld.error().code, u"period_unavailable"_s);
    QCOMPARE(tooOld.error().availablePeriods, (QStringList{u"2026-10"_s, u"2026-09"_s}));
}

void TestOperatorApi::changesDeliveryAndRejectsABadEmail()
{
    logIn();
    const auto changed = run<DeliverySettings>([this](QObject *c, auto done) {
        return m_api->changeDelivery(DeliveryMethod::Email, u"buh@romashka.example"_s, c, done);
    });
    QVERIFY(changed.isOk());
    QCOMPARE(changed.value().address, u"buh@romashka.example"_s);
    const auto history = run<QList<DeliveryChange>>([this](QObject *c, auto done) { return m_api->deliveryHistory(c, done); });
    QVERIFY(history.isOk());
    QCOMPARE(history.value().constFirst().address, u"buh@romashka.example"_s);

    const auto bad = run<DeliverySettings>([this](QObject *c, auto done) {
        return m_api->changeDelivery(DeliveryMethod::Email, u"not an address"_s, c, done);
    });
    QVERIFY(!bad.isOk());
    QCOMPARE(bad.error().code, u"invalid_email"_s);
    const auto current = run<DeliverySettings>([this](QObject *c, auto done) { return m_api->delivery(c, done); });
    QCOMPARE(current.value().address, u"buh@romashka.example"_s);
}

void TestOperatorApi::ordersCallDetailsAndCharges()
{
    logIn();
    const auto details = run<OrderReceipt>([this](QObject *c, auto done) {
        return m_api->orderCallDetails(OperatorApi::CallDetailsMonth::Previous, std::nullopt,
                                       OperatorApi::DocumentFormat::Csv, c, done);
    });
    QVERIFY(details.isOk());
    const auto charges = run<CurrentCharges>([this](QObject *c, auto done) { return m_api->currentCharges(c, done); });
    QVERIFY(charges.isOk());
    QVERIFY(!charges.value().items.isEmpty());
    const auto ordered = run<OrderReceipt>([this, &charges](QObject *c, auto done) {
        return m_api->orderCurrentCharges({charges.value().items.constFirst().subscriberId}, c, done);
    });
    QVERIFY(ordered.isOk());
    QTRY_COMPARE(m_sandbox->outboxMessages().size(), 2);
    QCOMPARE(m_sandbox->orders().size(), 2);
}

void TestOperatorApi::readsPaymentsInstallmentsAndContacts()
{
    logIn();
    const auto payments = run<PaymentHistory>([this](QObject *c, auto done) {
        return m_api->payments(QDate(2026, 1, 1), QDate(2026, 11, 25), c, done);
    });
    QVERIFY(payments.isOk());
    QVERIFY(!payments.value().payments.isEmpty());
    const auto installments = run<QList<Installment>>([this](QObject *c, auto done) { return m_api->installments(c, done); });
    QVERIFY(installments.isOk());
    QCOMPARE(installments.value().size(), 1);
    const auto contacts = run<Contacts>([this](QObject *c, auto done) { return m_api->contacts(c, done); });
    QVERIFY(contacts.isOk());
    QVERIFY(!contacts.value().numbers.isEmpty());
}

void TestOperatorApi::sendsFeedbackAndRequestsACallBack()
{
    logIn();
    const auto sent = run<FeedbackMessage>([this](QObject *c, auto done) {
        return m_api->sendFeedback(u"Счет"_s, u"Прошу уточнить сумму"_s, std::nullopt, c, done);
    });
    QVERIFY(sent.isOk());
    const auto list = run<QList<FeedbackMessage>>([this](QObject *c, auto done) { return m_api->feedbackMessages(c, done); });
    QVERIFY(list.isOk());
    QVERIFY(std::any_of(list.value().cbegin(), list.value().cend(),
                        [&sent](const FeedbackMessage &m) { return m.id == sent.value().id; }));
    const auto callback = run<CallbackReceipt>(
        [this](QObject *c, auto done) { return m_api->requestCallback(u"+79161234567"_s, QString(), c, done); });
    QVERIFY(callback.isOk());
    const auto badPhone = run<CallbackReceipt>(
        [this](QObject *c, auto done) { return m_api->requestCallback(u"12345"_s, QString(), c, done); });
    QVERIFY(!badPhone.isOk());
    QCOMPARE(badPhone.error().code, u"invalid_phone"_s);
}

void TestOperatorApi::renewsAnExpiredTokenOnce()
{
    logIn();
    const QString firstAccess = m_session->tokens().accessToken;
    QVERIFY(m_sandbox->setClock(SandboxFixture::defaultNow().addSecs(3600)));
    const auto account = run<AccountInfo>([this](QObject *c, auto done) { return m_api->account(c, done); });
    QVERIFY2(account.isOk(), qPrintable(account.isOk() ? QString() : account.error().code));
    QVERIFY(m_session->tokens().accessToken != firstAccess);
}

void TestOperatorApi::endsTheSessionWhenRenewalFails()
{
    logIn();
    QSignalSpy ended(m_session, &OperatorSession::ended);
    // Thirty days on, both tokens are long expired: the client must give up and ask for a login.
    QVERIFY(m_sandbox->setClock(SandboxFixture::defaultNow().addDays(30)));
    const auto account = run<AccountInfo>([this](QObject *c, auto done) { return m_api->account(c, done); });
    QVERIFY(!account.isOk());
    QCOMPARE(account.error().kind, ApiError::Kind::Session);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!m_session->isActive());
}

QTEST_MAIN(TestOperatorApi)
#include "tst_operatorapi.moc"
