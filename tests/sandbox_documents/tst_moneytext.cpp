#include "MoneyText.h"

#include <QTest>

#include <limits>

using Sandbox::MoneyText;

class TestMoneyText : public QObject
{
    Q_OBJECT

private slots:
    void russian_data();
    void russian();
    void decimal_data();
    void decimal();
};

void TestMoneyText::russian_data()
{
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("RUB") << QStringLiteral("0,00\u00A0₽");
    QTest::newRow("kopecks only") << qint64(5) << QStringLiteral("RUB") << QStringLiteral("0,05\u00A0₽");
    QTest::newRow("under a thousand") << qint64(99999) << QStringLiteral("RUB") << QStringLiteral("999,99\u00A0₽");
    QTest::newRow("thousands") << qint64(123450) << QStringLiteral("RUB") << QStringLiteral("1\u00A0234,50\u00A0₽");
    QTest::newRow("millions") << qint64(100000000) << QStringLiteral("RUB")
                              << QStringLiteral("1\u00A0000\u00A0000,00\u00A0₽");
    QTest::newRow("negative") << qint64(-123456) << QStringLiteral("RUB") << QStringLiteral("-1\u00A0234,56\u00A0₽");
    QTest::newRow("no currency means roubles") << qint64(100) << QString() << QStringLiteral("1,00\u00A0₽");
    QTest::newRow("other currency") << qint64(250) << QStringLiteral("USD") << QStringLiteral("2,50\u00A0USD");
    QTest::newRow("minimum") << std::numeric_limits<qint64>::min() << QStringLiteral("RUB")
                             << QStringLiteral("-92\u00A0233\u00A0720\u00A0368\u00A0547\u00A0758,08\u00A0₽");
}

void TestMoneyText::russian()
{
    QFETCH(qint64, kopecks);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(MoneyText::russian(kopecks, currency), expected);
}

void TestMoneyText::decimal_data()
{
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(7) << QStringLiteral("0.07");
    QTest::newRow("plain") << qint64(1234) << QStringLiteral("12.34");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("1234567.89");
    QTest::newRow("negative") << qint64(-1050) << QStringLiteral("-10.50");
}

void TestMoneyText::decimal()
{
    QFETCH(qint64, kopecks);
    QFETCH(QString, expected);
    QCOMPARE(MoneyText::decimal(kopecks), expected);
}

QTEST_GUILESS_MAIN(TestMoneyText)
#include "tst_moneytext.moc"
