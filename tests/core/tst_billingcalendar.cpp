// The operator's calendar at its edges, in Moscow time (UTC+3 all year): every answer for a named moment.
#include "BillingCalendar.h"
#include "Instant.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Instant::utc;

class TestBillingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void answersAtTheEdges_data();
    void answersAtTheEdges();
    void offersTheTwoPreviousMonths_data();
    void offersTheTwoPreviousMonths();
    void namesTheClosureDays_data();
    void namesTheClosureDays();
    void farEastZoneChangesTheDay();

private:
    const BillingCalendar m_calendar{QTimeZone("Europe/Moscow")};
};

void TestBillingCalendar::answersAtTheEdges_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QDateTime>("nextChange");
    QTest::addColumn<QString>("formedInvoice");

    const QDateTime decemberCloses = utc("2026-11-30T21:00:00Z");
    const QDateTime decemberReopens = utc("2026-12-03T21:00:00Z");
    const QDateTime januaryCloses = utc("2026-12-31T21:00:00Z");

    QTest::newRow("month end 20:59 UTC: Moscow 23:59 on the 30th")
        << utc("2026-11-30T20:59:59Z") << QDate(2026, 11, 30) << true << decemberCloses << u"2026-10"_s;
    QTest::newRow("month end 21:00 UTC: Moscow midnight, the 1st")
        << utc("2026-11-30T21:00:00Z") << QDate(2026, 12, 1) << false << decemberReopens << QString();
    QTest::newRow("month end 23:59 UTC: UTC still the 30th, Moscow the 1st")
        << utc("2026-11-30T23:59:00Z") << QDate(2026, 12, 1) << false << decemberReopens << QString();
    QTest::newRow("the 2nd") << utc("2026-12-02T12:00:00Z") << QDate(2026, 12, 2) << false << decemberReopens
                             << QString();
    QTest::newRow("the 3rd, last second")
        << utc("2026-12-03T20:59:59Z") << QDate(2026, 12, 3) << false << decemberReopens << QString();
    QTest::newRow("the 4th at 00:00 Moscow")
        << utc("2026-12-03T21:00:00Z") << QDate(2026, 12, 4) << true << januaryCloses << u"2026-11"_s;
    QTest::newRow("the 4th in Moscow, still the 3rd in UTC")
        << utc("2026-12-03T23:00:00Z") << QDate(2026, 12, 4) << true << januaryCloses << u"2026-11"_s;
    QTest::newRow("year end: 1 January in Moscow")
        << utc("2026-12-31T21:00:00Z") << QDate(2027, 1, 1) << false << utc("2027-01-03T21:00:00Z") << QString();
    QTest::newRow("year end: New Year's Eve, open")
        << utc("2026-12-31T20:00:00Z") << QDate(2026, 12, 31) << true << januaryCloses << u"2026-11"_s;
    QTest::newRow("leap February, the 29th")
        << utc("2028-02-29T12:00:00Z") << QDate(2028, 2, 29) << true << utc("2028-02-29T21:00:00Z") << u"2028-01"_s;
    QTest::newRow("leap February ends: 1 March in Moscow")
        << utc("2028-02-29T21:00:00Z") << QDate(2028, 3, 1) << false << utc("2028-03-03T21:00:00Z") << QString();
    QTest::newRow("ordinary February, the 28th")
        << utc("2027-02-28T20:00:00Z") << QDate(2027, 2, 28) << true << utc("2027-02-28T21:00:00Z") << u"2027-01"_s;
}

void TestBillingCalendar::answersAtTheEdges()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, today);
    QFETCH(bool, open);
    QFETCH(QDateTime, nextChange);
    QFETCH(QString, formedInvoice);

    QCOMPARE(m_calendar.operatorToday(now), today);
    QCOMPARE(m_calendar.currentPeriod(now), BillingPeriod::containing(today));
    QCOMPARE(m_calendar.isOrderingOpen(now), open);
    QCOMPARE(m_calendar.nextChangeAt(now).toUTC(), nextChange.toUTC());
    QCOMPARE(m_calendar.reopensAt(now).isValid(), !open);
    if (!open)
        QCOMPARE(m_calendar.reopensAt(now).toUTC(), nextChange.toUTC());
    QVERIFY(m_calendar.nextClosureAt(now) > now);
    const std::optional<BillingPeriod> formed = m_calendar.newestFormedInvoice(now);
    QCOMPARE(formed ? formed->toString() : QString(), formedInvoice);
}

void TestBillingCalendar::offersTheTwoPreviousMonths_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("periods");

    QTest::newRow("November") << utc("2026-11-25T10:00:00Z") << QStringList{u"2026-10"_s, u"2026-09"_s};
    QTest::newRow("January in Moscow, December in UTC")
        << utc("2026-12-31T22:00:00Z") << QStringList{u"2026-12"_s, u"2026-11"_s};
    QTest::newRow("March after a leap February") << utc("2028-03-05T10:00:00Z") << QStringList{u"2028-02"_s, u"2028-01"_s};
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

void TestBillingCalendar::namesTheClosureDays_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("lastDay");

    QTest::newRow("open: the next one") << utc("2026-11-25T10:00:00Z") << QDate(2026, 12, 1) << QDate(2026, 12, 3);
    QTest::newRow("during: this one") << utc("2026-12-02T10:00:00Z") << QDate(2026, 12, 1) << QDate(2026, 12, 3);
    QTest::newRow("the 4th: next month's") << utc("2026-12-03T21:00:00Z") << QDate(2027, 1, 1) << QDate(2027, 1, 3);
}

void TestBillingCalendar::namesTheClosureDays()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, lastDay);
    const BillingCalendar::Closure closure = m_calendar.currentOrNextClosure(now);
    QCOMPARE(closure.firstDay, firstDay);
    QCOMPARE(closure.lastDay, lastDay);
}

void TestBillingCalendar::farEastZoneChangesTheDay()
{
    // The same instant is the 3rd in Moscow and the 4th in Vladivostok (UTC+10): the operator's zone decides.
    const QDateTime now = utc("2026-12-03T15:00:00Z");
    QVERIFY(!m_calendar.isOrderingOpen(now));
    const BillingCalendar vladivostok(QTimeZone("Asia/Vladivostok"));
    QVERIFY(vladivostok.isOrderingOpen(now));
    QCOMPARE(vladivostok.operatorToday(now), QDate(2026, 12, 4));
}

QTEST_APPLESS_MAIN(TestBillingCalendar)
#include "tst_billingcalendar.moc"
