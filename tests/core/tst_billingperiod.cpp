#include "BillingPeriod.h"

#include <QTest>

class TestBillingPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parsesWireFormat_data();
    void parsesWireFormat();
    void stepsAcrossYears();
    void ordersChronologically();
};

void TestBillingPeriod::parsesWireFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");

    QTest::newRow("ordinary") << "2026-11" << true << 2026 << 11;
    QTest::newRow("january") << "2027-01" << true << 2027 << 1;
    QTest::newRow("december") << "2025-12" << true << 2025 << 12;
    QTest::newRow("month zero") << "2026-00" << false << 0 << 0;
    QTest::newRow("month thirteen") << "2026-13" << false << 0 << 0;
    QTest::newRow("short") << "2026-1" << false << 0 << 0;
    QTest::newRow("slash") << "2026/11" << false << 0 << 0;
    QTest::newRow("letters") << "20a6-11" << false << 0 << 0;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("٢٠٢٦-11") << false << 0 << 0;
    QTest::newRow("trailing") << "2026-11 " << false << 0 << 0;
    QTest::newRow("empty") << "" << false << 0 << 0;
}

void TestBillingPeriod::parsesWireFormat()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<BillingPeriod> period = BillingPeriod::fromString(text);
    QCOMPARE(period.has_value(), valid);
    if (valid) {
        QFETCH(int, year);
        QFETCH(int, month);
        QCOMPARE(period->year(), year);
        QCOMPARE(period->month(), month);
        QCOMPARE(period->toString(), text);
    }
}

void TestBillingPeriod::stepsAcrossYears()
{
    QCOMPARE(BillingPeriod(2027, 1).previous(), BillingPeriod(2026, 12));
    QCOMPARE(BillingPeriod(2026, 12).next(), BillingPeriod(2027, 1));
    QCOMPARE(BillingPeriod(2026, 3).addMonths(-15), BillingPeriod(2024, 12));
    QCOMPARE(BillingPeriod(2024, 2).lastDay(), QDate(2024, 2, 29));
}

void TestBillingPeriod::ordersChronologically()
{
    QVERIFY(BillingPeriod(2025, 12) < BillingPeriod(2026, 1));
    QVERIFY(BillingPeriod(2026, 2) > BillingPeriod(2026, 1));
}

QTEST_APPLESS_MAIN(TestBillingPeriod)
#include "tst_billingperiod.moc"
