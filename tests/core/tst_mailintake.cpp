// Mail intake end to end with the Maildir source, against the real sandbox: orders placed through the API,
// the e-mails the sandbox delivers to its outbox filed in a real archive, each order marked as filed; a second
// check reads nothing; the same document again is not filed twice; a look-alike is listed, a stranger is not;
// a message without the order id still finds its order; a restart remembers what was looked at. The same
// flows through a real IMAP server (Dovecot on loopback, over TLS) serving the sandbox's outbox: unread
// messages stay unread, a renumbered folder files nothing twice, a refused login and a server gone away say
// why.
#include "ApiAwait.h"
#include "DovecotFixture.h"
#include "MaildirOutbox.h"
#include "SandboxFixture.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeLog.h"
#include "orders/EmailComposer.h"
#include "session/OperatorSession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString OperatorSender = u"billing@operator.example"_s;
const QByteArray Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
} // namespace

class TestMailIntake : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filesWhatTheOperatorSends();
    void filesNothingTwice();
    void listsALookAlikeAndIgnoresAStranger();
    void matchesAMessageWithoutTheOrderId();
    void remembersWhatWasLookedAtAcrossARestart();
    void cancelsAndTakesTheRestNextTime();
    void filesTheRegularInvoiceWhenItIsFormed();
    void filesFromAnImapMailbox();
    void rereadsARenumberedFolderWithoutFilingTwice();
    void saysWhyTheMailboxRefused();
    void survivesTheServerGoingAway();
    void filesAFolderOfHundredsInOneCheck();

private:
    void makeIntake();
    bool serveOutboxOverImap();
    MailIntake::Summary check();
    PlacedOrder placeRepeat(const BillingPeriod &period);
    PlacedOrder placeCallDetails();
    PlacedOrder placeCharges();
    QString deliveredFileOf(int index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OperatorConnection> m_connection;
    OperatorApi *m_api = nullptr;
    AccountInfo m_account;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<OrderJournal> m_orders;
    std::unique_ptr<MailIntakeLog> m_log;
    std::unique_ptr<MailIntake> m_intake;
    std::unique_ptr<DovecotFixture> m_dovecot;
};

void TestMailIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<OperatorConnection>();
    m_connection->setBaseUrl(m_sandbox->baseUrl());
    m_api = new OperatorApi(m_connection.get(), m_connection.get());
    auto *session = new OperatorSession(m_connection.get(), m_connection.get());
    QVERIFY(awaitResult<SessionTokens>([session](QObject *context, auto done) {
                session->logIn(u"demo"_s, u"demo-password"_s, context, done);
            }).isOk());
    const ApiResult<AccountInfo> account = awaitResult<AccountInfo>(
        [this](QObject *context, auto done) { return m_api->account(context, done); });
    QVERIFY(account.isOk());
    m_account = account.value();
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_orders = std::make_unique<OrderJournal>(m_archive.get());
    makeIntake();
}

void TestMailIntake::makeIntake()
{
    m_intake.reset();
    m_log = std::make_unique<MailIntakeLog>(m_dir->filePath(u"archive/mail-intake.sqlite"_s));
    QString error;
    QVERIFY2(m_log->open(&error), qPrintable(error));
    m_intake = std::make_unique<MailIntake>(m_log.get());
    const Organisation &organisation = m_account.organisation;
    m_intake->setFiler(std::make_shared<MailFiler>(
        m_archive.get(), m_orders.get(),
        MailFiler::Owner{u"demo@sandbox"_s, organisation.name, organisation.contractNumber},
        OperatorMailRecognizer({{OperatorSender}, u"Оператор связи"_s,
                                {organisation.invoiceEmail, organisation.contactEmail}})));
    m_intake->setMaildir(m_sandbox->outboxDirectory());
}

void TestMailIntake::cleanup()
{
    m_intake.reset();
    m_dovecot.reset();
    m_log.reset();
    m_orders.reset();
    m_archive.reset();
    m_connection.reset();
    m_sandbox.reset();
    m_dir.reset();
}

MailIntake::Summary TestMailIntake::check()
{
    QSignalSpy finished(m_intake.get(), &MailIntake::checkFinished);
    m_intake->check();
    if (!finished.wait(30000))
        qFatal("the mail check did not finish");
    return finished.first().first().value<MailIntake::Summary>();
}

PlacedOrder TestMailIntake::placeRepeat(const BillingPeriod &period)
{
    const ApiResult<Invoice> invoice = awaitResult<Invoice>(
        [&](QObject *context, auto done) { return m_api->invoice(period, context, done); });
    const ApiResult<OrderReceipt> receipt = awaitResult<OrderReceipt>(
        [&](QObject *context, auto done) { return m_api->repeatInvoice(period, context, done); });
    if (!invoice.isOk() || !receipt.isOk())
        qFatal("the invoice repeat was not ordered");
    PlacedOrder order = PlacedOrder::from(receipt.value(), u"demo@sandbox"_s, ArchivedDocument::Kind::Invoice, period);
    order.invoiceNumber = invoice.value().number;
    order.amount = invoice.value().amount;
    QString error;
    if (!m_orders->record(order, &error))
        qFatal("the order was not recorded: %s", qPrintable(error));
    return order;
}

PlacedOrder TestMailIntake::placeCallDetails()
{
    const ApiResult<OrderReceipt> receipt = awaitResult<OrderReceipt>([&](QObject *context, auto done) {
        return m_api->orderCallDetails(OperatorApi::CallDetailsMonth::Previous, std::nullopt,
                                       OperatorApi::DocumentFormat::Csv, context, done);
    });
    if (!receipt.isOk() || !receipt.value().period)
        qFatal("the call details were not ordered, or the receipt names no month");
    const PlacedOrder order = PlacedOrder::from(receipt.value(), u"demo@sandbox"_s,
                                                ArchivedDocument::Kind::CallDetails, BillingPeriod());
    QString error;
    if (!m_orders->record(order, &error))
        qFatal("the order was not recorded: %s", qPrintable(error));
    return order;
}

PlacedOrder TestMailIntake::placeCharges()
{
    const ApiResult<OrderReceipt> receipt = awaitResult<OrderReceipt>(
        [&](QObject *context, auto done) { return m_api->orderCurrentCharges({}, context, done); });
    if (!receipt.isOk() || !receipt.value().period)
        qFatal("the charges were not ordered, or the receipt names no month");
    const PlacedOrder order =
        PlacedOrder::from(receipt.value(), u"demo@sandbox"_s, ArchivedDocument::Kind::Charges, BillingPeriod());
    QString error;
    if (!m_orders->record(order, &error))
        qFatal("the order was not recorded: %s", qPrintable(error));
    return order;
}

QString TestMailIntake::deliveredFileOf(int index) const
{
    return m_sandbox->outboxMessages().at(index);
}

void TestMailIntake::filesWhatTheOperatorSends()
{
    const PlacedOrder repeat = placeRepeat(BillingPeriod(2026, 10));
    const PlacedOrder details = placeCallDetails();
    const PlacedOrder charges = placeCharges();
    QCOMPARE(m_orders->find(repeat.orderId)->stage(), PlacedOrder::Stage::Ordered);
    QCOMPARE(details.period, BillingPeriod(2026, 10));
    QCOMPARE(charges.period, BillingPeriod(2026, 11));

    QSignalSpy filedSpy(m_intake.get(), &MailIntake::documentFiled);
    const MailIntake::Summary summary = check();
    QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem));
    QCOMPARE(summary.looked, 3);
    QCOMPARE(summary.filed, 3);
    QCOMPARE(filedSpy.size(), 3);

    for (const PlacedOrder &placed : {repeat, details, charges}) {
        const PlacedOrder order = *m_orders->find(placed.orderId);
        QCOMPARE(order.stage(), PlacedOrder::Stage::Filed);
        QVERIFY(order.sentAt.isValid());
        QVERIFY(order.receivedAt.isValid());
        const std::optional<ArchivedDocument> document = m_archive->find(order.documentId);
        QVERIFY(document);
        QCOMPARE(document->kind, placed.kind);
        QCOMPARE(document->period, placed.period);
        QCOMPARE(document->origin, ArchivedDocument::Origin::Mail);
        QCOMPARE(document->contract, m_account.organisation.contractNumber);
        QVERIFY(m_archive->verifiedContent(*document).has_value());
        QCOMPARE(m_orders->forDocument(document->id)->orderId, placed.orderId);
    }
    const ArchivedDocument invoice = *m_archive->find(m_orders->find(repeat.orderId)->documentId);
    QCOMPARE(invoice.number, repeat.invoiceNumber);
    QVERIFY(invoice.amountKnown);
    QCOMPARE(invoice.amount, *repeat.amount);
    QVERIFY(m_archive->verifiedContent(invoice)->startsWith("%PDF-"));
    const ArchivedDocument csv = *m_archive->find(m_orders->find(details.orderId)->documentId);
    QVERIFY(csv.fileName.endsWith(u".csv"_s));

    const MailIntake::Summary again = check();
    QCOMPARE(again.looked, 0);
    QCOMPARE(m_archive->documents().size(), 3);
}

void TestMailIntake::filesNothingTwice()
{
    placeRepeat(BillingPeriod(2026, 9));
    QCOMPARE(check().filed, 1);
    // The same message again under another name, as a second copy in the mailbox would be.
    QVERIFY(QFile::copy(deliveredFileOf(0), m_sandbox->outboxDirectory() + u"/cur/1700000000.copy.host:2,S"_s));
    const MailIntake::Summary summary = check();
    QCOMPARE(summary.looked, 1);
    QCOMPARE(summary.filed, 0);
    QCOMPARE(m_archive->documents().size(), 1);
}

void TestMailIntake::listsALookAlikeAndIgnoresAStranger()
{
    Sandbox::MaildirOutbox outbox(m_sandbox->outboxDirectory());
    Sandbox::OutgoingMail stranger = Sandbox::EmailComposer::charges(m_account.organisation.contactEmail,
                                                                     u"2026-11"_s, Pdf, QDateTime());
    stranger.from = u"Поставщик <sales@vendor.example>"_s;
    QVERIFY(outbox.deliver(stranger));
    Sandbox::OutgoingMail lookAlike = stranger;
    lookAlike.from = u"Оператор связи <billing@0perator.example>"_s;
    QVERIFY(outbox.deliver(lookAlike));

    const MailIntake::Summary summary = check();
    QCOMPARE(summary.looked, 2);
    QCOMPARE(summary.filed, 0);
    QCOMPARE(summary.notRecognised, 1);
    const QList<MailIntakeLog::Entry> listed = m_log->notRecognised();
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().reason.contains(u"billing@0perator.example"_s), qPrintable(listed.first().reason));
    QVERIFY(m_archive->documents().isEmpty());
}

void TestMailIntake::matchesAMessageWithoutTheOrderId()
{
    // An order placed and recorded, whose e-mail comes without the operator's header (another mailer
    // forwarded it, say): the oldest open order of the same kind and month takes it.
    const PlacedOrder order = placeCharges();
    QVERIFY(QFile::remove(deliveredFileOf(0)));
    Sandbox::MaildirOutbox outbox(m_sandbox->outboxDirectory());
    QVERIFY(outbox.deliver(Sandbox::EmailComposer::charges(m_account.organisation.contactEmail, u"2026-11"_s, Pdf,
                                                          QDateTime())));
    QCOMPARE(check().filed, 1);
    const PlacedOrder filed = *m_orders->find(order.orderId);
    QCOMPARE(filed.stage(), PlacedOrder::Stage::Filed);
    QVERIFY(!m_orders->hasOpenOrders(u"demo@sandbox"_s));
}

void TestMailIntake::remembersWhatWasLookedAtAcrossARestart()
{
    placeCallDetails();
    QCOMPARE(check().looked, 1);
    makeIntake();
    QCOMPARE(check().looked, 0);
    placeCharges();
    const MailIntake::Summary summary = check();
    QCOMPARE(summary.looked, 1);
    QCOMPARE(summary.filed, 1);
}

void TestMailIntake::cancelsAndTakesTheRestNextTime()
{
    Sandbox::MaildirOutbox outbox(m_sandbox->outboxDirectory());
    for (int month = 1; month <= 12; ++month) {
        QByteArray pdf = Pdf;
        pdf.append(QByteArray::number(month)); // twelve different documents
        QVERIFY(outbox.deliver(Sandbox::EmailComposer::charges(m_account.organisation.contactEmail,
                                                              u"2026-%1"_s.arg(month, 2, 10, QLatin1Char('0')),
                                                              pdf, QDateTime())));
    }
    QSignalSpy finished(m_intake.get(), &MailIntake::checkFinished);
    connect(m_intake.get(), &MailIntake::documentFiled, m_intake.get(), &MailIntake::cancel);
    m_intake->check();
    QVERIFY(finished.wait(30000));
    const auto first = finished.first().first().value<MailIntake::Summary>();
    QVERIFY(first.cancelled);
    QVERIFY(first.filed >= 1 && first.filed < 12);
    disconnect(m_intake.get(), &MailIntake::documentFiled, m_intake.get(), &MailIntake::cancel);
    const MailIntake::Summary rest = check();
    QVERIFY(!rest.cancelled);
    QCOMPARE(first.filed + rest.filed, 12);
    QCOMPARE(m_archive->documents().size(), 12);
}

void TestMailIntake::filesTheRegularInvoiceWhenItIsFormed()
{
    // The operator's clock passes the 1st at 03:00 (Moscow): November's regular invoice is formed and e-mailed
    // to the invoice address in force, with no order; intake files it with the sum the e-mail states.
    QVERIFY(m_sandbox->setClock(QDateTime(QDate(2026, 12, 1), QTime(0, 30), Qt::UTC)));
    QCOMPARE(m_sandbox->outboxMessages().size(), 2); // one per demo organisation
    QVERIFY(m_sandbox->setClock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)));
    QCOMPARE(m_sandbox->outboxMessages().size(), 2); // formed and sent once
    const ApiResult<Invoice> november = awaitResult<Invoice>(
        [&](QObject *context, auto done) { return m_api->invoice(BillingPeriod(2026, 11), context, done); });
    QVERIFY(november.isOk());

    const MailIntake::Summary summary = check();
    QCOMPARE(summary.looked, 2);
    QCOMPARE(summary.filed, 1);
    QCOMPARE(summary.notRecognised, 1); // the other organisation's, listed with why
    const ArchivedDocument invoice = m_archive->documents().first();
    QCOMPARE(invoice.kind, ArchivedDocument::Kind::Invoice);
    QCOMPARE(invoice.period.toString(), u"2026-11"_s);
    QCOMPARE(invoice.origin, ArchivedDocument::Origin::Mail);
    QCOMPARE(invoice.number, november.value().number);
    QVERIFY(invoice.amountKnown);
    QCOMPARE(invoice.amount, november.value().amount);
    QVERIFY(m_archive->verifiedContent(invoice)->startsWith("%PDF-"));
}

bool TestMailIntake::serveOutboxOverImap()
{
    m_dovecot = std::make_unique<DovecotFixture>();
    if (!m_dovecot->start(m_sandbox->outboxDirectory()))
        return false;
    m_intake->setImap(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    return true;
}

void TestMailIntake::filesFromAnImapMailbox()
{
    const PlacedOrder repeat = placeRepeat(BillingPeriod(2026, 10));
    const PlacedOrder details = placeCallDetails();
    const PlacedOrder charges = placeCharges();
    Sandbox::MaildirOutbox outbox(m_sandbox->outboxDirectory());
    Sandbox::OutgoingMail stranger =
        Sandbox::EmailComposer::charges(m_account.organisation.contactEmail, u"2026-11"_s, Pdf, QDateTime());
    stranger.from = u"Поставщик <sales@vendor.example>"_s;
    QVERIFY(outbox.deliver(stranger));
    QVERIFY(serveOutboxOverImap());
    QCOMPARE(m_dovecot->unseenOnDisk(), 4);

    const MailIntake::Summary summary = check();
    QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem + m_dovecot->log()));
    QCOMPARE(summary.looked, 4);
    QCOMPARE(summary.filed, 3);
    QCOMPARE(summary.notRecognised, 0); // the stranger is not listed
    for (const PlacedOrder &placed : {repeat, details, charges})
        QCOMPARE(m_orders->find(placed.orderId)->stage(), PlacedOrder::Stage::Filed);
    QCOMPARE(m_dovecot->unseenOnDisk(), 4); // the accountant still sees them as new
    const MailIntakeLog::FolderState folder =
        m_log->folderState(m_dovecot->imapSettings(ImapSettings::Security::Tls).sourceId() + u"#demo@sandbox"_s);
    QVERIFY(folder.uidValidity > 0);
    QCOMPARE(folder.lastUid, 4);

    QCOMPARE(check().looked, 0); // a second poll fetches nothing
    placeRepeat(BillingPeriod(2026, 9));
    const MailIntake::Summary next = check();
    QCOMPARE(next.looked, 1);
    QCOMPARE(next.filed, 1);
}

void TestMailIntake::rereadsARenumberedFolderWithoutFilingTwice()
{
    placeCharges();
    placeCallDetails();
    QVERIFY(serveOutboxOverImap());
    QCOMPARE(check().filed, 2);
    const QString source = m_dovecot->imapSettings(ImapSettings::Security::Tls).sourceId() + u"#demo@sandbox"_s;
    const qint64 before = m_log->folderState(source).uidValidity;
    QVERIFY(m_dovecot->renumber());
    const MailIntake::Summary again = check();
    QVERIFY2(again.problem.isEmpty(), qPrintable(again.problem));
    QVERIFY(m_log->folderState(source).uidValidity != before);
    QCOMPARE(again.looked, 2); // new numbers: looked at again
    QCOMPARE(again.filed, 0);  // the same documents: not filed again
    QCOMPARE(m_archive->documents().size(), 2);
}

void TestMailIntake::saysWhyTheMailboxRefused()
{
    placeCharges();
    QVERIFY(serveOutboxOverImap());
    m_intake->setImap(m_dovecot->imapSettings(ImapSettings::Security::Tls), u"not-the-password"_s);
    const MailIntake::Summary summary = check();
    QVERIFY(summary.problem.contains(u"refused the login and password"_s));
    QCOMPARE(summary.looked, 0);
    QVERIFY(m_orders->hasOpenOrders(u"demo@sandbox"_s)); // nothing lost: the next check with the password files it
    m_intake->setImap(m_dovecot->imapSettings(ImapSettings::Security::Tls), m_dovecot->password());
    QCOMPARE(check().filed, 1);
}

void TestMailIntake::survivesTheServerGoingAway()
{
    placeCharges();
    QVERIFY(serveOutboxOverImap());
    m_dovecot->stop();
    const MailIntake::Summary summary = check();
    QVERIFY(!summary.problem.isEmpty());
    QCOMPARE(summary.looked, 0);
    QVERIFY(m_dovecot->restart());
    QCOMPARE(check().filed, 1); // taken when the server is back
}

void TestMailIntake::filesAFolderOfHundredsInOneCheck()
{
    // The first check of a mailbox that already holds the operator's mail of years: more messages than one
    // request for their sizes may answer (libcurl 7.88 stops an answer of a few hundred lines).
    constexpr int Count = 300;
    Sandbox::MaildirOutbox outbox(m_sandbox->outboxDirectory());
    for (int i = 0; i < Count; ++i) {
        QByteArray pdf = Pdf;
        pdf.append(QByteArray::number(i));
        QVERIFY(outbox.deliver(Sandbox::EmailComposer::charges(m_account.organisation.contactEmail,
                                                              u"2026-%1"_s.arg(i % 12 + 1, 2, 10, QLatin1Char('0')),
                                                              pdf, QDateTime())));
    }
    QVERIFY(serveOutboxOverImap());
    const MailIntake::Summary summary = check();
    QVERIFY2(summary.problem.isEmpty(), qPrintable(summary.problem));
    QCOMPARE(summary.looked, Count);
    QCOMPARE(summary.filed, Count);
    QCOMPARE(m_dovecot->unseenOnDisk(), Count);
}

QTEST_MAIN(TestMailIntake)
#include "tst_mailintake.moc"
