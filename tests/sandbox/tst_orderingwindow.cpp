#include "billing/OrderingWindow.h"
#include "server/SandboxClock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::OrderingWindow;
using Sandbox::SandboxClock;

// The blackout rule on its own, across the Moscow/UTC edge.
class TestInvoicingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blackout_data();
    void blackout();
};

void TestInvoicingWindow::blackout_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("reopensAt");
    QTest::newRow("1st, 00:30 Moscow (still Nov 30 in UTC)")
        << u"2026-11-30T21:30:00Z"_s << false << u"2026-12-03T21:00:00Z"_s;
    QTest::newRow("2nd") << u"2026-12-02T12:00:00Z"_s << false << u"2026-12-03T21:00:00Z"_s;
    QTest::newRow("3rd, 23:59:59 Moscow") << u"2026-12-03T20:59:59Z"_s << false
                                          << u"2026-12-03T21:00:00Z"_s;
    QTest::newRow("4th, 00:00 Moscow") << u"2026-12-03T21:00:00Z"_s << true << QString();
    QTest::newRow("last day, 23:59:59 Moscow") << u"2026-11-30T20:59:59Z"_s << true << QString();
    QTest::newRow("last day of December") << u"2026-12-31T20:00:00Z"_s << true << QString();
    QTest::newRow("offset notation") << u"2027-01-01T00:10:00+03:00"_s << false
                                     << u"2027-01-03T21:00:00Z"_s;
}

void TestInvoicingWindow::blackout()
{
    QFETCH(QString, now);
    QFETCH(bool, open);
    QFETCH(QString, reopensAt);
    const QDateTime instant = *SandboxClock::parseRfc3339(now);
    QCOMPARE(OrderingWindow::isOpen(instant), open);
    const std::optional<QDateTime> reopens = OrderingWindow::reopensAt(instant);
    QCOMPARE(reopens ? SandboxClock::toRfc3339(*reopens) : QString(), reopensAt);
}

QTEST_GUILESS_MAIN(TestInvoicingWindow)
#include "tst_orderingwindow.moc"
