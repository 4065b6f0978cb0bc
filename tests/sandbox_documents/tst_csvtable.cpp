#include "CsvTable.h"

#include <QTest>

using Sandbox::CsvTable;

class TestCsvTable : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void rowsEndWithCrLf();
};

void TestCsvTable::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("+74951234567") << QStringLiteral("+74951234567");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces stay bare") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("comma and quote") << QStringLiteral("Office \"Main\", desk 5")
                                     << QStringLiteral("\"Office \"\"Main\"\", desk 5\"");
    QTest::newRow("crlf") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("lone lf") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("cyrillic") << QStringLiteral("Приёмная") << QStringLiteral("Приёмная");
}

void TestCsvTable::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CsvTable::field(text), expected);
}

void TestCsvTable::rowsEndWithCrLf()
{
    CsvTable table({QStringLiteral("name"), QStringLiteral("note")});
    table.addRow({QStringLiteral("Приёмная"), QStringLiteral("a,\"b\"")});
    table.addRow({QString(), QString()});
    QCOMPARE(table.toUtf8(), QByteArray("name,note\r\n"
                                        "\xD0\x9F\xD1\x80\xD0\xB8\xD1\x91\xD0\xBC\xD0\xBD\xD0\xB0\xD1\x8F,\"a,\"\"b\"\"\"\r\n"
                                        ",\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
