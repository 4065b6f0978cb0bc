// The Excel table as an independent reader sees it (Python's openpyxl): sums are numbers with a rouble format
// and two decimals, dates are dates, the header is bold and frozen with an auto-filter, the columns are as
// wide as their content, the totals row has SUM formulas over the data. Written under a Russian locale (its
// decimal comma, made for the test with localedef), where libxlsxwriter alone would write "1234,56".
#include "export/XlsxTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstdio>

using namespace Qt::StringLiterals;

class TestXlsxTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesWhatASpreadsheetReadsAsNumbersAndDates();
    void leavesNoFileWhenAbandoned();

private:
    QJsonObject read(const QString &path);

    QTemporaryDir m_dir;
    bool m_russian = false;
};

void TestXlsxTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A Russian locale of the test's own, so the decimal comma is really in force (most CI images have none).
    QProcess localedef;
    localedef.start(u"localedef"_s, {u"-i"_s, u"ru_RU"_s, u"-f"_s, u"UTF-8"_s, m_dir.filePath(u"ru_RU.UTF-8"_s)});
    QVERIFY(localedef.waitForFinished(60000));
    qputenv("LOCPATH", m_dir.path().toLocal8Bit());
    m_russian = std::setlocale(LC_ALL, "ru_RU.UTF-8") != nullptr;
    QVERIFY2(m_russian, "the Russian locale could not be made (Debian's package «locales»)");
    char printed[16];
    std::snprintf(printed, sizeof printed, "%.2f", 1234.5);
    QCOMPARE(QByteArray(printed), QByteArray("1234,50")); // the pitfall is live in this process
}

QJsonObject TestXlsxTable::read(const QString &path)
{
    QProcess reader;
    reader.start(u"/usr/bin/python3"_s, {QStringLiteral(SIPCABINET_XLSX_READER), path});
    if (!reader.waitForFinished(60000) || reader.exitCode() != 0)
        qFatal("openpyxl could not read the file: %s", reader.readAllStandardError().constData());
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
}

void TestXlsxTable::writesWhatASpreadsheetReadsAsNumbersAndDates()
{
    const QString path = m_dir.filePath(u"Платежи.xlsx"_s);
    XlsxTable table(path, u"Платежи"_s,
                    {{u"Дата"_s, XlsxTable::Type::Date}, {u"Сумма"_s, XlsxTable::Type::Money, true},
                     {u"Документ"_s, XlsxTable::Type::Text}, {u"Строк"_s, XlsxTable::Type::Integer, true}});
    QString error;
    QVERIFY2(table.open(2, &error), qPrintable(error));
    table.addRow({QDate(2026, 10, 5), QVariant::fromValue(Money(123456, u"RUB"_s)), u"ПП № 17 от 05.10.2026"_s,
                  qint64(3)});
    table.addRow({QDate(2026, 11, 1), QVariant::fromValue(Money(-50, u"RUB"_s)), u"=HYPERLINK(\"x\")"_s, qint64(1)});
    QVERIFY2(table.finish(u"Итого"_s, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + u".part"_s));

    const QJsonObject book = read(path);
    QCOMPARE(book.value(u"title"_s).toString(), u"Платежи"_s);
    QCOMPARE(book.value(u"freeze"_s).toString(), u"A2"_s);
    QCOMPARE(book.value(u"filter"_s).toString(), u"A1:D3"_s);
    const QJsonArray rows = book.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonArray header = rows.at(0).toArray();
    QCOMPARE(header.at(1).toObject().value(u"value"_s).toString(), u"Сумма"_s);
    QVERIFY(header.at(1).toObject().value(u"bold"_s).toBool());

    const QJsonArray first = rows.at(1).toArray();
    QCOMPARE(first.at(0).toObject().value(u"type"_s).toString(), u"datetime"_s);
    QCOMPARE(first.at(0).toObject().value(u"value"_s).toString(), u"2026-10-05T00:00:00"_s);
    QCOMPARE(first.at(0).toObject().value(u"format"_s).toString(), u"dd.mm.yyyy"_s);
    QCOMPARE(first.at(1).toObject().value(u"type"_s).toString(), u"float"_s);
    QCOMPARE(first.at(1).toObject().value(u"value"_s).toDouble(), 1234.56);
    QVERIFY(first.at(1).toObject().value(u"format"_s).toString().contains(u"#,##0.00"_s));
    QVERIFY(first.at(1).toObject().value(u"format"_s).toString().contains(u"₽"_s));
    QCOMPARE(first.at(3).toObject().value(u"value"_s).toDouble(), 3.0);
    const QJsonArray second = rows.at(2).toArray();
    QCOMPARE(second.at(1).toObject().value(u"value"_s).toDouble(), -0.5);
    // Text from outside stays text: a spreadsheet does not run it.
    QCOMPARE(second.at(2).toObject().value(u"type"_s).toString(), u"str"_s);

    const QJsonArray totals = rows.at(3).toArray();
    QCOMPARE(totals.at(0).toObject().value(u"value"_s).toString(), u"Итого"_s);
    QCOMPARE(totals.at(1).toObject().value(u"value"_s).toString(), u"=SUM(B2:B3)"_s);
    QCOMPARE(totals.at(3).toObject().value(u"value"_s).toString(), u"=SUM(D2:D3)"_s);

    const QJsonObject widths = book.value(u"widths"_s).toObject();
    QVERIFY(widths.value(u"C"_s).toDouble() >= QStringLiteral("ПП № 17 от 05.10.2026").size());
    QVERIFY(widths.value(u"C"_s).toDouble() > widths.value(u"D"_s).toDouble());
}

void TestXlsxTable::leavesNoFileWhenAbandoned()
{
    const QString path = m_dir.filePath(u"abandoned.xlsx"_s);
    {
        XlsxTable table(path, u"Sheet"_s, {{u"A"_s, XlsxTable::Type::Text}});
        QString error;
        QVERIFY(table.open(1, &error));
        table.addRow({u"row"_s});
    } // cancelled: never finished
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + u".part"_s));
}

QTEST_GUILESS_MAIN(TestXlsxTable)
#include "tst_xlsxtable.moc"
