#include "BillingCalendar.h"

#include <QTest>

class TestBillingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void ordersClosedWhileInvoicesAreFormed_data();
    void ordersClosedWhileInvoicesAreFormed();
    void offersTheTwoPreviousMonths_data();
    void offersTheTwoPreviousMonths();

private:
    const BillingCalendar m_calendar{QTimeZone("Europe/Moscow")};
};

void TestBillingCalendar::ordersClosedWhileInvoicesAreFormed_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QDateTime>("reopensAt");

    const auto utc = [](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); };
    const QDateTime decemberReopens = utc("2026-12-03T21:00:00Z");

    QTest::newRow("1st, Moscow") << utc("2026-12-01T09:00:00Z") << false << decemberReopens;
    QTest::newRow("2nd, Moscow") << utc("2026-12-02T12:00:00Z") << false << decemberReopens;
    QTest::newRow("3rd, last second") << utc("2026-12-03T20:59:59Z") << false << decemberReopens;
    QTest::newRow("4th, first second") << utc("2026-12-03T21:00:00Z") << true << QDateTime();
    QTest::newRow("last day of month") << utc("2026-11-30T12:00:00Z") << true << QDateTime();
    QTest::newRow("UTC still 30th, Moscow already 1st") << utc("2026-11-30T21:30:00Z") << false << decemberReopens;
    QTest::newRow("UTC already 4th? no: Moscow 4th, UTC 3rd") << utc("2026-12-03T22:00:00Z") << true << QDateTime();
    QTest::newRow("new year") << utc("2026-12-31T21:00:00Z") << false << utc("2027-01-03T21:00:00Z");
    QTest::newRow("February") << utc("2027-02-28T20:00:00Z") << true << QDateTime();
}

void TestBillingCalendar::ordersClosedWhileInvoicesAreFormed()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, open);
    QFETCH(QDateTime, reopensAt);

    QCOMPARE(m_calendar.isOrderingOpen(now), open);
    const QDateTime actual = m_calendar.reopensAt(now);
    QCOMPARE(actual.isValid(), reopensAt.isValid());
    if (reopensAt.isValid())
        QCOMPARE(actual.toUTC(), reopensAt.toUTC());
}

void TestBillingCalendar::offersTheTwoPreviousMonths_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("periods");

    QTest::newRow("November") << QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate)
                              << QStringList{QStringLiteral("2026-10"), QStringLiteral("2026-09")};
    QTest::newRow("January, Moscow") << QDateTime::fromString(QStringLiteral("2026-12-31T22:00:00Z"), Qt::ISODate)
                                     << QStringList{QStringLiteral("2026-12"), QStringLiteral("2026-11")};
}

void TestBillingCalendar::offersTheTwoPreviousMonths()
{
    QFETCH(QDateTime, now);
    QFETCH(QStringList, periods);
    QStringList actual;
    for (const BillingPeriod &period : m_calendar.downloadablePeriods(now))
        actual.append(period.toString());
    QCOMPARE(actual, periods);
}

QTEST_APPLESS_MAIN(TestBillingCalendar)
#include "tst_billingcalendar.moc"
