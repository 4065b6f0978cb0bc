// The operator's now survives a wrong local clock: it is the operator's answer moved on by monotonic time.
#include "BillingCalendar.h"
#include "Instant.h"
#include "ManualClock.h"
#include "time/OperatorTime.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {
const QTimeZone moscow("Europe/Moscow");
} // namespace

using Instant::utc;

class TestOperatorTime : public QObject
{
    Q_OBJECT

private slots:
    void unknownUntilTheOperatorAnswers();
    void wrongLocalClockDoesNotMatter_data();
    void wrongLocalClockDoesNotMatter();
    void wallClockJumpDoesNotMoveIt();
    void keptInTheOperatorsZone();
};

void TestOperatorTime::unknownUntilTheOperatorAnswers()
{
    const ManualClock clock(utc("2026-11-25T10:00:00Z"));
    OperatorTime time(clock);
    QVERIFY(!time.isKnown());
    QCOMPARE(time.now().toUTC(), utc("2026-11-25T10:00:00Z"));
    time.synchronise(QDateTime(), moscow); // an answer without a time teaches nothing
    QVERIFY(!time.isKnown());
    time.synchronise(utc("2026-11-25T10:00:00Z"), moscow);
    QVERIFY(time.isKnown());
    time.forget();
    QVERIFY(!time.isKnown());
}

void TestOperatorTime::wrongLocalClockDoesNotMatter_data()
{
    QTest::addColumn<QDateTime>("localClock");

    // The operator's answer is 23:59 on the 3rd, Moscow; two minutes later it is the 4th and ordering opens.
    QTest::newRow("local clock right") << utc("2026-12-03T20:59:00Z");
    QTest::newRow("local clock an hour fast") << utc("2026-12-03T21:59:00Z");
    QTest::newRow("local clock an hour slow") << utc("2026-12-03T19:59:00Z");
    QTest::newRow("local clock a day fast") << utc("2026-12-04T20:59:00Z");
    QTest::newRow("local clock a day slow") << utc("2026-12-02T20:59:00Z");
}

void TestOperatorTime::wrongLocalClockDoesNotMatter()
{
    QFETCH(QDateTime, localClock);

    ManualClock clock(localClock);
    OperatorTime time(clock);
    const QDateTime operatorAnswer = utc("2026-12-03T20:59:00Z");
    time.synchronise(operatorAnswer, moscow);
    const BillingCalendar calendar(time.zone());
    QVERIFY(!calendar.isOrderingOpen(time.now()));
    QCOMPARE(calendar.operatorToday(time.now()), QDate(2026, 12, 3));

    clock.advance(2min);
    QCOMPARE(time.now().toUTC(), operatorAnswer.addSecs(120));
    QVERIFY(calendar.isOrderingOpen(time.now()));
    QCOMPARE(calendar.operatorToday(time.now()), QDate(2026, 12, 4));
}

void TestOperatorTime::wallClockJumpDoesNotMoveIt()
{
    ManualClock clock(utc("2026-11-25T10:00:00Z"));
    OperatorTime time(clock);
    time.synchronise(utc("2026-11-25T10:00:00Z"), moscow);
    clock.setWallClock(utc("2027-03-01T00:00:00Z")); // the user fixes (or breaks) the computer's clock
    clock.advance(30s);
    QCOMPARE(time.now().toUTC(), utc("2026-11-25T10:00:30Z"));
}

void TestOperatorTime::keptInTheOperatorsZone()
{
    const ManualClock clock(utc("2026-11-30T21:30:00Z"));
    OperatorTime time(clock);
    time.synchronise(utc("2026-11-30T21:30:00Z"), moscow);
    QCOMPARE(time.zone(), moscow);
    QCOMPARE(time.now().date(), QDate(2026, 12, 1)); // a UTC date here would be a day off
}

QTEST_APPLESS_MAIN(TestOperatorTime)
#include "tst_operatortime.moc"
