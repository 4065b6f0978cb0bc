#include "DocumentPeriod.h"

#include <QTest>

using Sandbox::DocumentPeriod;

class TestDocumentPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestDocumentPeriod::parse_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QString>("russian");

    QTest::newRow("january") << QStringLiteral("2025-01") << QDate(2025, 1, 1) << QStringLiteral("январь 2025 г.");
    QTest::newRow("may") << QStringLiteral("2024-05") << QDate(2024, 5, 1) << QStringLiteral("май 2024 г.");
    QTest::newRow("december") << QStringLiteral("2023-12") << QDate(2023, 12, 1) << QStringLiteral("декабрь 2023 г.");
    QTest::newRow("month 13") << QStringLiteral("2025-13") << QDate() << QStringLiteral("2025-13");
    QTest::newRow("month 0") << QStringLiteral("2025-00") << QDate() << QStringLiteral("2025-00");
    QTest::newRow("one digit month") << QStringLiteral("2025-1") << QDate() << QStringLiteral("2025-1");
    QTest::newRow("with a day") << QStringLiteral("2025-01-01") << QDate() << QStringLiteral("2025-01-01");
    QTest::newRow("empty") << QString() << QDate() << QString();
}

void TestDocumentPeriod::parse()
{
    QFETCH(QString, period);
    QFETCH(QDate, firstDay);
    QFETCH(QString, russian);
    QCOMPARE(DocumentPeriod::firstDay(period), firstDay);
    QCOMPARE(DocumentPeriod::russianMonthYear(period), russian);
}

QTEST_GUILESS_MAIN(TestDocumentPeriod)
#include "tst_documentperiod.moc"
