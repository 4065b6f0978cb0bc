// CSV export by RFC 4180, in UTF-8 with a byte-order mark.
#include "export/CsvWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesAField_data();
    void escapesAField();
    void writesRecords_data();
    void writesRecords();
    void startsWithAByteOrderMarkAndKeepsCyrillic();
    void followsTheLocalesDialect();
};

void TestCsvWriter::escapesAField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"bank transfer"_s << u"bank transfer"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("decimal point") << u"1234.50"_s << u"1234.50"_s;
    QTest::newRow("semicolon is not special") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("comma") << u"1 234,50"_s << u"\"1 234,50\""_s;
    QTest::newRow("quote") << u"ООО \"Ромашка\""_s << u"\"ООО \"\"Ромашка\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space kept") << u" x "_s << u" x "_s;
    QTest::newRow("cyrillic") << u"Платёжное поручение № 4101"_s << u"Платёжное поручение № 4101"_s;
    // Formula injection: what a spreadsheet would run is written as text; numbers stay numbers.
    QTest::newRow("formula") << u"=SUM(A1:A2)"_s << u"'=SUM(A1:A2)"_s;
    QTest::newRow("formula with a comma") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                          << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("at sign") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("plus: a phone number") << u"+7 495 123-45-67"_s << u"'+7 495 123-45-67"_s;
    QTest::newRow("minus then a formula") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("tab first") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return first") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("negative amount") << u"-1500.00"_s << u"-1500.00"_s;
    QTest::newRow("signed whole number") << u"+42"_s << u"+42"_s;
    QTest::newRow("lone dash") << u"-"_s << u"-"_s;
    QTest::newRow("dash then a point") << u"-."_s << u"'-."_s;
    QTest::newRow("equals inside is fine") << u"a=b"_s << u"a=b"_s;
}

void TestCsvWriter::escapesAField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapedField(field), expected);
}

void TestCsvWriter::writesRecords_data()
{
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QList<QStringList>{} << QString();
    QTest::newRow("one record, CRLF after it") << QList<QStringList>{{u"a"_s, u"b"_s}} << u"a,b\r\n"_s;
    QTest::newRow("empty fields") << QList<QStringList>{{QString(), QString(), QString()}} << u",,\r\n"_s;
    QTest::newRow("header and rows")
        << QList<QStringList>{{u"Date"_s, u"Amount"_s}, {u"2026-10-10"_s, u"1,5"_s}, {u"2026-11-10"_s, u"2"_s}}
        << u"Date,Amount\r\n2026-10-10,\"1,5\"\r\n2026-11-10,2\r\n"_s;
    QTest::newRow("multi-line field")
        << QList<QStringList>{{u"line 1\r\nline 2"_s, u"x"_s}} << u"\"line 1\r\nline 2\",x\r\n"_s;
}

void TestCsvWriter::writesRecords()
{
    QFETCH(QList<QStringList>, records);
    QFETCH(QString, expected);
    CsvWriter writer;
    for (const QStringList &record : records)
        writer.addRecord(record);
    QCOMPARE(writer.recordCount(), records.size());
    const QByteArray bytes = writer.toUtf8();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
}

void TestCsvWriter::startsWithAByteOrderMarkAndKeepsCyrillic()
{
    CsvWriter writer;
    writer.addRecord({u"Документ"_s});
    QCOMPARE(writer.toUtf8(), QByteArray("\xEF\xBB\xBF") + u"Документ\r\n"_s.toUtf8());
}

void TestCsvWriter::followsTheLocalesDialect()
{
    const CsvWriter::Dialect russian = CsvWriter::Dialect::forLocale(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(russian.delimiter, u';');
    QCOMPARE(russian.decimalPoint, u',');
    const CsvWriter::Dialect english = CsvWriter::Dialect::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(english.delimiter, u',');
    CsvWriter writer(russian);
    QCOMPARE(writer.number(u"-1500.00"_s), u"-1500,00"_s);
    writer.addRecord({u"Сумма"_s, writer.number(u"-1500.00"_s), u"a;b"_s, u"1,5"_s});
    // A negative amount with a decimal comma is a number, not a formula; ';' inside a field is quoted, ',' is not.
    QCOMPARE(QString::fromUtf8(writer.toUtf8().mid(3)), u"Сумма;-1500,00;\"a;b\";1,5\r\n"_s);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
