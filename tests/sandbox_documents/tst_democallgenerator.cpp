#include "DemoCallGenerator.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using Sandbox::CallRecord;
using Sandbox::DemoCallGenerator;

namespace {

const QStringList subscribers = {QStringLiteral("+74951110001"), QStringLiteral("+74951110002"),
                                 QStringLiteral("+74951110003")};

bool sameCalls(const QList<CallRecord> &a, const QList<CallRecord> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const CallRecord &x, const CallRecord &y) {
        return x.startedAt == y.startedAt && x.subscriberNumber == y.subscriberNumber
            && x.calledNumber == y.calledNumber && x.durationSeconds == y.durationSeconds
            && x.costKopecks == y.costKopecks;
    });
}

} // namespace

class TestDemoCallGenerator : public QObject
{
    Q_OBJECT

private slots:
    void callsArePlausible_data();
    void callsArePlausible();
    void sameSeedSameCalls();
    void otherSeedOtherCalls();
    void subscriberCallsDoNotDependOnOthers();
    void badPeriodGivesNoCalls_data();
    void badPeriodGivesNoCalls();
};

void TestDemoCallGenerator::callsArePlausible_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("firstDay");

    QTest::newRow("january") << QStringLiteral("2025-01") << QDate(2025, 1, 1);
    QTest::newRow("leap february") << QStringLiteral("2024-02") << QDate(2024, 2, 1);
    QTest::newRow("december") << QStringLiteral("2024-12") << QDate(2024, 12, 1);
}

void TestDemoCallGenerator::callsArePlausible()
{
    QFETCH(QString, period);
    QFETCH(QDate, firstDay);

    const QList<CallRecord> calls = DemoCallGenerator::generate(subscribers, period, 42);
    QVERIFY(calls.size() >= 12 * subscribers.size());
    QVERIFY(calls.size() <= 60 * subscribers.size());
    static const QRegularExpression phone(QStringLiteral("^\\+\\d{11,12}$"));
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const CallRecord &call = calls.at(i);
        const QDate day = call.startedAt.toTimeZone(moscow).date();
        QVERIFY2(day >= firstDay && day <= firstDay.addMonths(1).addDays(-1), qPrintable(call.startedAt.toString()));
        QVERIFY(subscribers.contains(call.subscriberNumber));
        QVERIFY2(phone.match(call.calledNumber).hasMatch(), qPrintable(call.calledNumber));
        QVERIFY(call.durationSeconds > 0 && call.durationSeconds < 3600);
        QVERIFY(call.costKopecks > 0);
        if (i > 0)
            QVERIFY(calls.at(i - 1).startedAt <= call.startedAt);
    }
    for (const QString &number : subscribers) {
        QVERIFY(std::any_of(calls.cbegin(), calls.cend(),
                            [&number](const CallRecord &call) { return call.subscriberNumber == number; }));
    }
}

void TestDemoCallGenerator::sameSeedSameCalls()
{
    const QList<CallRecord> first = DemoCallGenerator::generate(subscribers, QStringLiteral("2025-03"), 7);
    const QList<CallRecord> second = DemoCallGenerator::generate(subscribers, QStringLiteral("2025-03"), 7);
    QVERIFY(!first.isEmpty());
    QVERIFY(sameCalls(first, second));
}

void TestDemoCallGenerator::otherSeedOtherCalls()
{
    const QList<CallRecord> first = DemoCallGenerator::generate(subscribers, QStringLiteral("2025-03"), 7);
    QVERIFY(!sameCalls(first, DemoCallGenerator::generate(subscribers, QStringLiteral("2025-03"), 8)));
    QVERIFY(!sameCalls(first, DemoCallGenerator::generate(subscribers, QStringLiteral("2025-04"), 7)));
}

void TestDemoCallGenerator::subscriberCallsDoNotDependOnOthers()
{
    const QString number = subscribers.at(1);
    const QList<CallRecord> alone = DemoCallGenerator::generate({number}, QStringLiteral("2025-03"), 7);
    QList<CallRecord> amongOthers = DemoCallGenerator::generate(subscribers, QStringLiteral("2025-03"), 7);
    amongOthers.removeIf([&number](const CallRecord &call) { return call.subscriberNumber != number; });
    QVERIFY(!alone.isEmpty());
    QVERIFY(sameCalls(alone, amongOthers));
}

void TestDemoCallGenerator::badPeriodGivesNoCalls_data()
{
    QTest::addColumn<QString>("period");
    QTest::newRow("empty") << QString();
    QTest::newRow("month 13") << QStringLiteral("2025-13");
    QTest::newRow("words") << QStringLiteral("january");
}

void TestDemoCallGenerator::badPeriodGivesNoCalls()
{
    QFETCH(QString, period);
    QVERIFY(DemoCallGenerator::generate(subscribers, period, 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoCallGenerator)
#include "tst_democallgenerator.moc"
