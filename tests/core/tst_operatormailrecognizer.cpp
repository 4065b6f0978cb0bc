// Which messages are the operator's documents for this account: the sandbox composes the operator's real
// e-mails (the same code its outbox delivers), MailParser reads them and the recognizer judges; mail from
// others is not listed, a look-alike is listed with its reason.
#include "MimeMessage.h"
#include "mail/MailParser.h"
#include "mail/OperatorMailRecognizer.h"
#include "orders/EmailComposer.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OperatorMailRecognizer::Verdict)
Q_DECLARE_METATYPE(OperatorMailRecognizer::Kind)

namespace {

const QByteArray Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const QString Accounts = u"accounts@romashka.example"_s;
const QDateTime SentAt(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);

ParsedMail read(Sandbox::OutgoingMail mail, const QString &orderId = u"ord-0001"_s)
{
    mail.orderId = orderId;
    QString error;
    const QByteArray raw = Sandbox::MimeMessage::compose(mail, &error);
    if (raw.isEmpty())
        qFatal("the sandbox could not compose the message: %s", qPrintable(error));
    return MailParser::parse(raw);
}

OperatorMailRecognizer recognizer()
{
    return OperatorMailRecognizer({{u"billing@operator.example"_s}, u"Оператор связи"_s,
                                   {Accounts, u"buh@romashka.example"_s}});
}

} // namespace

class TestOperatorMailRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void recognisesTheOperatorsDocuments_data();
    void recognisesTheOperatorsDocuments();
    void judgesOthersAndLookAlikes_data();
    void judgesOthersAndLookAlikes();
    void readsTheMonth_data();
    void readsTheMonth();
};

void TestOperatorMailRecognizer::recognisesTheOperatorsDocuments_data()
{
    QTest::addColumn<ParsedMail>("mail");
    QTest::addColumn<OperatorMailRecognizer::Kind>("kind");
    QTest::addColumn<BillingPeriod>("period");
    using Kind = OperatorMailRecognizer::Kind;
    QTest::newRow("invoice repeat") << read(Sandbox::EmailComposer::invoiceRepeat(Accounts, u"RMS-202610-1024"_s,
                                                                                 u"2026-10"_s, Pdf, SentAt))
                                    << Kind::Invoice << BillingPeriod(2026, 10);
    QTest::newRow("call details, CSV") << read(Sandbox::EmailComposer::callDetails(
                                              u"buh@romashka.example"_s, u"2026-11"_s, u"csv"_s,
                                              u"Номер;Дата;Сумма\n+74952000102;01.11.2026;12,50\n"_s.toUtf8(), SentAt))
                                       << Kind::CallDetails << BillingPeriod(2026, 11);
    QTest::newRow("current charges") << read(Sandbox::EmailComposer::charges(u"buh@romashka.example"_s,
                                                                            u"2026-05"_s, Pdf, SentAt))
                                     << Kind::CurrentCharges << BillingPeriod(2026, 5);
}

void TestOperatorMailRecognizer::recognisesTheOperatorsDocuments()
{
    QFETCH(ParsedMail, mail);
    QFETCH(OperatorMailRecognizer::Kind, kind);
    QFETCH(BillingPeriod, period);
    const OperatorMailRecognizer::Result result = recognizer().recognise(mail);
    QCOMPARE(result.verdict, OperatorMailRecognizer::Verdict::Recognised);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.period, std::optional<BillingPeriod>(period));
    QCOMPARE(result.orderId, u"ord-0001"_s);
    QCOMPARE(result.documents.size(), 1);
}

void TestOperatorMailRecognizer::judgesOthersAndLookAlikes_data()
{
    QTest::addColumn<ParsedMail>("mail");
    QTest::addColumn<OperatorMailRecognizer::Verdict>("verdict");
    using Verdict = OperatorMailRecognizer::Verdict;
    const Sandbox::OutgoingMail genuine =
        Sandbox::EmailComposer::invoiceRepeat(Accounts, u"RMS-202610-1024"_s, u"2026-10"_s, Pdf, SentAt);

    Sandbox::OutgoingMail someoneElse = genuine;
    someoneElse.from = u"Коллега <colleague@romashka.example>"_s;
    someoneElse.subject = u"Обед в пятницу"_s;
    someoneElse.bodyText = u"Коллеги, обед в 13:00."_s;
    QTest::newRow("someone else") << read(someoneElse) << Verdict::NotOperator;

    Sandbox::OutgoingMail spoofed = genuine;
    spoofed.from = u"Оператор связи <billing@0perator.example>"_s;
    QTest::newRow("the operator's words from another address") << read(spoofed) << Verdict::NotRecognised;

    Sandbox::OutgoingMail elsewhere = genuine;
    elsewhere.to = u"other@elsewhere.example"_s;
    QTest::newRow("to another organisation") << read(elsewhere) << Verdict::NotRecognised;

    Sandbox::OutgoingMail noDocument = genuine;
    noDocument.attachments.first().data = QByteArray("MZ\x90\0", 4);
    QTest::newRow("no real document attached") << read(noDocument) << Verdict::NotRecognised;

    Sandbox::OutgoingMail unknown = genuine;
    unknown.subject = u"Новости оператора"_s;
    QTest::newRow("no document named") << read(unknown) << Verdict::NotRecognised;
}

void TestOperatorMailRecognizer::judgesOthersAndLookAlikes()
{
    QFETCH(ParsedMail, mail);
    QFETCH(OperatorMailRecognizer::Verdict, verdict);
    const OperatorMailRecognizer::Result result = recognizer().recognise(mail);
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(result.reason.isEmpty(), verdict != OperatorMailRecognizer::Verdict::NotRecognised);
}

void TestOperatorMailRecognizer::readsTheMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<BillingPeriod>>("expected");
    QTest::newRow("nominative") << u"Счет № 1 за октябрь 2026 г."_s << std::optional(BillingPeriod(2026, 10));
    QTest::newRow("a date's month") << u"начисления на 5 мая 2026"_s << std::optional(BillingPeriod(2026, 5));
    QTest::newRow("genitive, month and year") << u"с мая 2026 года"_s << std::optional(BillingPeriod(2026, 5));
    QTest::newRow("May") << u"за май 2026"_s << std::optional(BillingPeriod(2026, 5));
    QTest::newRow("capitals") << u"ДЕКАБРЬ 2025"_s << std::optional(BillingPeriod(2025, 12));
    QTest::newRow("not a month") << u"магазин 2026"_s << std::optional<BillingPeriod>();
    QTest::newRow("no year") << u"за октябрь"_s << std::optional<BillingPeriod>();
}

void TestOperatorMailRecognizer::readsTheMonth()
{
    QFETCH(QString, text);
    QFETCH(std::optional<BillingPeriod>, expected);
    QCOMPARE(OperatorMailRecognizer::periodIn(text), expected);
}

QTEST_GUILESS_MAIN(TestOperatorMailRecognizer)
#include "tst_operatormailrecognizer.moc"
