#include "MimeHeaderEncoder.h"

#include <QRegularExpression>
#include <QTest>

using Sandbox::MimeHeaderEncoder;

namespace {

// Undoes folding and RFC 2047 B-encoding the way a mail reader does; enough for what the encoder writes.
QString decodedValue(const QByteArray &header)
{
    QByteArray value = header.mid(header.indexOf(':') + 2);
    value.replace("?=\r\n =?", "?==?");
    value.replace("\r\n ", " ");
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QByteArray utf8;
    qsizetype position = 0;
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        utf8 += text.mid(position, match.capturedStart() - position).toUtf8();
        const auto decoded = QByteArray::fromBase64Encoding(match.captured(1).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || QString::fromUtf8(*decoded).contains(QChar::ReplacementCharacter))
            return QStringLiteral("<invalid encoded-word>");
        utf8 += *decoded;
        position = match.capturedEnd();
    }
    return QString::fromUtf8(utf8 + text.mid(position).toUtf8());
}

void verifyLines(const QByteArray &header)
{
    const QList<QByteArray> lines = header.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = i + 1 < lines.size() ? lines.at(i).chopped(1) : lines.at(i);
        QVERIFY2(line.size() <= MimeHeaderEncoder::maxLineLength, line.constData());
        QVERIFY2(!line.contains('\r'), "bare CR");
        if (i + 1 < lines.size())
            QVERIFY2(lines.at(i).endsWith('\r'), "LF without CR");
        if (i > 0)
            QVERIFY2(line.startsWith(' '), "continuation line must start with white space");
        for (const char c : line)
            QVERIFY2(c >= 0x20 && c < 0x7F, "header must be 7-bit printable");
    }
}

} // namespace

class TestMimeHeaderEncoder : public QObject
{
    Q_OBJECT

private slots:
    void unstructured_data();
    void unstructured();
    void address_data();
    void address();
    void asciiFileName_data();
    void asciiFileName();
    void attachmentDisposition_data();
    void attachmentDisposition();
};

void TestMimeHeaderEncoder::unstructured_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<bool>("plain");

    QTest::newRow("ascii") << QStringLiteral("Invoice 2025-01") << QStringLiteral("Invoice 2025-01") << true;
    QTest::newRow("russian") << QStringLiteral("Счет за январь") << QStringLiteral("Счет за январь") << false;
    const QString longRussian = QStringLiteral("Счет № 2025-01-000123 за январь 2025 г. для ООО «Ромашка», договор 77/15-АБ");
    QTest::newRow("long russian folds") << longRussian << longRussian << false;
    const QString longAscii = QStringLiteral("Invoice ").repeated(12);
    QTest::newRow("long ascii folds") << longAscii << longAscii << false;
    const QString emoji = QStringLiteral("Звонки 📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞📞");
    QTest::newRow("surrogate pairs stay whole") << emoji << emoji << false;
    QTest::newRow("looks encoded") << QStringLiteral("=?UTF-8?B?eA==?=") << QStringLiteral("=?UTF-8?B?eA==?=") << false;
    QTest::newRow("header injection") << QStringLiteral("Hi\r\nBcc: victim@example.com")
                                      << QStringLiteral("Hi  Bcc: victim@example.com") << true;
}

void TestMimeHeaderEncoder::unstructured()
{
    QFETCH(QString, value);
    QFETCH(QString, expectedText);
    QFETCH(bool, plain);

    const QByteArray header = MimeHeaderEncoder::unstructured("Subject", value);
    QVERIFY(header.startsWith("Subject: "));
    verifyLines(header);
    QCOMPARE(header.contains("=?UTF-8?B?"), !plain);
    QCOMPARE(decodedValue(header), expectedText);
}

void TestMimeHeaderEncoder::address_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("addrSpec");
    QTest::addColumn<QString>("expectedDecoded");

    QTest::newRow("bare") << QString() << QStringLiteral("buh@romashka.example")
                          << QStringLiteral("buh@romashka.example");
    QTest::newRow("ascii name is quoted") << QStringLiteral("Billing, Operator")
                                          << QStringLiteral("noreply@operator.example")
                                          << QStringLiteral("\"Billing, Operator\" <noreply@operator.example>");
    QTest::newRow("russian name") << QStringLiteral("ООО «Ромашка»") << QStringLiteral("buh@romashka.example")
                                  << QStringLiteral("ООО «Ромашка» <buh@romashka.example>");
    QTest::newRow("long russian name")
        << QStringLiteral("Бухгалтерия общества с ограниченной ответственностью «Ромашка и партнёры»")
        << QStringLiteral("accounting.department@romashka-and-partners.example")
        << QStringLiteral("Бухгалтерия общества с ограниченной ответственностью «Ромашка и партнёры» "
                          "<accounting.department@romashka-and-partners.example>");
}

void TestMimeHeaderEncoder::address()
{
    QFETCH(QString, displayName);
    QFETCH(QString, addrSpec);
    QFETCH(QString, expectedDecoded);

    const QByteArray header = MimeHeaderEncoder::address("To", displayName, addrSpec);
    verifyLines(header);
    QCOMPARE(decodedValue(header), expectedDecoded);
}

void TestMimeHeaderEncoder::asciiFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii stays") << QStringLiteral("invoice 2025-01.pdf") << QStringLiteral("invoice 2025-01.pdf");
    QTest::newRow("russian") << QStringLiteral("Счет_2025-01.pdf") << QStringLiteral("Schet_2025-01.pdf");
    QTest::newRow("capital multi-letter") << QStringLiteral("Щука Ёж.csv") << QStringLiteral("Shchuka Ezh.csv");
    QTest::newRow("quotes and slashes") << QStringLiteral("a\"b\\c/d.txt") << QStringLiteral("a_b_c_d.txt");
    QTest::newRow("other scripts") << QStringLiteral("日本.pdf") << QStringLiteral("__.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("attachment");
    QTest::newRow("long keeps extension") << QStringLiteral("x").repeated(100) + QStringLiteral(".pdf")
                                          << QStringLiteral("x").repeated(56) + QStringLiteral(".pdf");
}

void TestMimeHeaderEncoder::asciiFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QCOMPARE(MimeHeaderEncoder::asciiFileName(fileName), expected);
}

void TestMimeHeaderEncoder::attachmentDisposition_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("extendedSegments");

    QTest::newRow("ascii") << QStringLiteral("calls-2025-01.csv") << 0;
    QTest::newRow("russian") << QStringLiteral("Счет.pdf") << 1;
    QTest::newRow("long russian") << QStringLiteral("Детализация звонков за январь 2025 по всем абонентам.pdf") << 6;
}

void TestMimeHeaderEncoder::attachmentDisposition()
{
    QFETCH(QString, fileName);
    QFETCH(int, extendedSegments);

    const QByteArray header = MimeHeaderEncoder::attachmentDisposition(fileName);
    verifyLines(header);
    QVERIFY(header.startsWith("Content-Disposition: attachment;"));
    const QByteArray fallback = "filename=\"" + MimeHeaderEncoder::asciiFileName(fileName).toLatin1() + '"';
    QVERIFY2(header.endsWith(fallback), header.constData());

    // Joining the RFC 2231 segments and percent-decoding them must give the name back.
    static const QRegularExpression segment(QStringLiteral("filename\\*(?:(\\d+)\\*)?=(?:UTF-8'')?([^;\\r]*);"));
    QByteArray encoded;
    int segments = 0;
    for (auto it = segment.globalMatch(QString::fromLatin1(header)); it.hasNext(); ++segments) {
        const QRegularExpressionMatch match = it.next();
        if (extendedSegments > 1)
            QCOMPARE(match.captured(1).toInt(), segments);
        encoded += match.captured(2).toLatin1();
    }
    QCOMPARE(segments, extendedSegments);
    if (extendedSegments > 0)
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(encoded)), fileName);
}

QTEST_GUILESS_MAIN(TestMimeHeaderEncoder)
#include "tst_mimeheaderencoder.moc"
