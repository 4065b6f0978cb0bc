// Mail intake's reader of raw messages: headers and names decoded whatever the mailer did (RFC 2047,
// RFC 2231, cp1251, koi8-r), attachments typed by their bytes and named safely, and every limit refused.
#include "mail/MailLimits.h"
#include "mail/MailParser.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParsedMail::Outcome)
Q_DECLARE_METATYPE(ParsedMail::DocumentType)

namespace {

const QByteArray Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

// One message from the operator with one attachment, its name given as `disposition` says.
QByteArray operatorMail(const QByteArray &disposition, const QByteArray &type, const QByteArray &content)
{
    return "From: =?utf-8?B?" + u"Оператор связи"_s.toUtf8().toBase64() + "?= <Billing@Operator.example>\r\n"
           "To: accounts@romashka.example\r\n"
           "Subject: =?utf-8?B?" + u"Счет № 1024 за октябрь 2026 г."_s.toUtf8().toBase64() + "?=\r\n"
           "Date: Mon, 30 Nov 2026 10:00:00 +0300\r\n"
           "Message-ID: <m1@operator.example>\r\n"
           "X-Operator-Order-Id: ord-5f1c\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + u"Направляем счет № 1024 за октябрь 2026 г. по договору Д-2019/0457."_s.toUtf8().toBase64() + "\r\n"
           "--b1\r\nContent-Type: " + type + "\r\n" + disposition + "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + content.toBase64() + "\r\n--b1--\r\n";
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// A message inside a message inside a message…, `depth` times.
QByteArray nestedMessages(int depth)
{
    QByteArray body = "Subject: inner\r\nContent-Type: text/plain\r\n\r\nhello\r\n";
    for (int i = 0; i < depth; ++i) {
        const QByteArray boundary = "n" + QByteArray::number(i);
        body = "Subject: level\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"" + boundary
               + "\"\r\n\r\n--" + boundary + "\r\nContent-Type: message/rfc822\r\n\r\n" + body + "\r\n--" + boundary
               + "--\r\n";
    }
    return "From: someone@example.org\r\n" + body;
}

} // namespace

class TestMailParser : public QObject
{
    Q_OBJECT

private slots:
    void readsTheOperatorsMessage();
    void decodesAttachmentNames_data();
    void decodesAttachmentNames();
    void typesAttachmentsByTheirBytes_data();
    void typesAttachmentsByTheirBytes();
    void refusesWhatPassesTheLimits_data();
    void refusesWhatPassesTheLimits();
};

void TestMailParser::readsTheOperatorsMessage()
{
    const ParsedMail mail = MailParser::parse(
        operatorMail("Content-Disposition: attachment; filename=\"invoice-2026-10.pdf\"", "application/pdf", Pdf));
    QCOMPARE(mail.outcome, ParsedMail::Outcome::Read);
    QCOMPARE(mail.fromAddress, u"billing@operator.example"_s);
    QCOMPARE(mail.fromName, u"Оператор связи"_s);
    QCOMPARE(mail.toAddresses, QStringList{u"accounts@romashka.example"_s});
    QCOMPARE(mail.subject, u"Счет № 1024 за октябрь 2026 г."_s);
    QCOMPARE(mail.messageId, u"m1@operator.example"_s);
    QCOMPARE(mail.date, QDateTime(QDate(2026, 11, 30), QTime(7, 0), Qt::UTC));
    QCOMPARE(mail.operatorOrderId, u"ord-5f1c"_s);
    QVERIFY(mail.text.contains(u"Д-2019/0457"_s));
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments.first().fileName, u"invoice-2026-10.pdf"_s);
    QCOMPARE(mail.attachments.first().bytes, Pdf);
    QCOMPARE(mail.attachments.first().sniffedType, ParsedMail::DocumentType::Pdf);
}

void TestMailParser::decodesAttachmentNames_data()
{
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("expected");
    const QString name = u"Счет октябрь.pdf"_s;
    QTest::newRow("RFC 2231, UTF-8") << ("Content-Disposition: attachment; filename*=utf-8''"
                                         + name.toUtf8().toPercentEncoding()) << name;
    QTest::newRow("RFC 2231, koi8-r") << ("Content-Disposition: attachment; filename*=koi8-r''"
                                          + encoded(name, "KOI8-R").toPercentEncoding()) << name;
    QTest::newRow("RFC 2047, cp1251") << ("Content-Disposition: attachment; filename=\"=?windows-1251?B?"
                                          + encoded(name, "windows-1251").toBase64() + "?=\"") << name;
    QTest::newRow("unlabelled 8-bit cp1251") << ("Content-Disposition: attachment; filename=\""
                                                 + encoded(name, "windows-1251") + "\"") << name;
    QTest::newRow("a path") << QByteArray("Content-Disposition: attachment; filename=\"../../etc/passwd\"")
                            << u"passwd"_s;
    QTest::newRow("a Windows path") << QByteArray("Content-Disposition: attachment; filename=\"C:\\\\Temp\\\\a.pdf\"")
                                    << u"a.pdf"_s;
    QTest::newRow("right-to-left override") << ("Content-Disposition: attachment; filename*=utf-8''"
                                                + u"счет\u202Efdp.exe"_s.toUtf8().toPercentEncoding())
                                            << u"счет_fdp.exe"_s;
    QTest::newRow("a no-break space bared by a final dot") << ("Content-Disposition: attachment; filename*=utf-8''"
                                                               + u"счет\u00A0."_s.toUtf8().toPercentEncoding())
                                                           << u"счет"_s;
    QTest::newRow("no name") << QByteArray("Content-Disposition: attachment") << u"document"_s;
}

void TestMailParser::decodesAttachmentNames()
{
    QFETCH(QByteArray, disposition);
    QFETCH(QString, expected);
    const ParsedMail mail = MailParser::parse(operatorMail(disposition, "application/pdf", Pdf));
    QCOMPARE(mail.outcome, ParsedMail::Outcome::Read);
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments.first().fileName, expected);
}

void TestMailParser::typesAttachmentsByTheirBytes_data()
{
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ParsedMail::DocumentType>("expected");
    QTest::newRow("a PDF said to be one") << QByteArray("application/pdf") << Pdf << ParsedMail::DocumentType::Pdf;
    QTest::newRow("a PDF said to be anything") << QByteArray("application/octet-stream") << Pdf
                                               << ParsedMail::DocumentType::Pdf;
    QTest::newRow("a program said to be a PDF") << QByteArray("application/pdf")
                                                << QByteArray("MZ\x90\0\x03\0\0\0", 8) << ParsedMail::DocumentType::Other;
    QTest::newRow("CSV with semicolons") << QByteArray("application/octet-stream")
                                         << u"Номер;Дата;Сумма\n+74952000102;01.11.2026;12,50\n"_s.toUtf8()
                                         << ParsedMail::DocumentType::Csv;
    QTest::newRow("plain prose is not CSV") << QByteArray("text/csv") << QByteArray("Hello there\nhow are you?\n")
                                            << ParsedMail::DocumentType::Other;
}

void TestMailParser::typesAttachmentsByTheirBytes()
{
    QFETCH(QByteArray, declared);
    QFETCH(QByteArray, bytes);
    QFETCH(ParsedMail::DocumentType, expected);
    const ParsedMail mail = MailParser::parse(
        operatorMail("Content-Disposition: attachment; filename=\"a.pdf\"", declared, bytes));
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments.first().declaredType, QString::fromLatin1(declared));
    QCOMPARE(mail.attachments.first().sniffedType, expected);
}

void TestMailParser::refusesWhatPassesTheLimits_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<ParsedMail::Outcome>("expected");
    QTest::newRow("two levels of forwarding") << nestedMessages(1) << ParsedMail::Outcome::Read;
    QTest::newRow("nested too deep") << nestedMessages(MailLimits::MaxNesting + 1) << ParsedMail::Outcome::TooDeep;
    QTest::newRow("a nesting bomb") << nestedMessages(5000) << ParsedMail::Outcome::TooManyParts;
    QByteArray manyParts = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n";
    for (int i = 0; i <= MailLimits::MaxParts; ++i)
        manyParts += "--m\r\nContent-Type: text/plain\r\n\r\npart\r\n";
    manyParts += "--m--\r\n";
    QTest::newRow("too many parts") << manyParts << ParsedMail::Outcome::TooManyParts;
    QTest::newRow("too large") << QByteArray(MailLimits::MaxMessageBytes + 1, 'a') << ParsedMail::Outcome::TooLarge;
    QTest::newRow("an attachment too large")
        << operatorMail("Content-Disposition: attachment; filename=\"a.pdf\"", "application/pdf",
                        QByteArray(MailLimits::MaxAttachmentBytes + 1, 'x'))
        << ParsedMail::Outcome::TooLarge;
}

void TestMailParser::refusesWhatPassesTheLimits()
{
    QFETCH(QByteArray, raw);
    QFETCH(ParsedMail::Outcome, expected);
    const ParsedMail mail = MailParser::parse(raw);
    QCOMPARE(mail.outcome, expected);
    if (expected != ParsedMail::Outcome::Read)
        QVERIFY(mail.attachments.isEmpty());
}

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mailparser.moc"
