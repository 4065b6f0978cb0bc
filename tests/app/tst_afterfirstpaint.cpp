// Start-up work waits for the window's first paint, runs once, and never after the window is gone.
#include "AfterFirstPaint.h"

#include <QMainWindow>
#include <QPointer>
#include <QTest>

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAfterThePaint();
    void runsAnywayWhenTheWindowIsNeverShown();
    void paintAndFallbackRunItOnce();
    void neverRunsForADestroyedWindow();
};

void TestAfterFirstPaint::runsOnceAfterThePaint()
{
    QMainWindow window;
    int runs = 0;
    bool paintedBefore = false;
    struct PaintWatch : QObject
    {
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            painted = painted || event->type() == QEvent::Paint;
            return false;
        }
    } watch;
    window.installEventFilter(&watch);
    // A fallback far beyond the test's patience: within it, only the paint can set the work off.
    AfterFirstPaint::run(&window, [&] {
        ++runs;
        paintedBefore = watch.painted;
    }, 600000);
    QCOMPARE(runs, 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs, 1);
    QVERIFY(paintedBefore);
    window.update();
    QTest::qWait(200);
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::runsAnywayWhenTheWindowIsNeverShown()
{
    QMainWindow window;
    int runs = 0;
    AfterFirstPaint::run(&window, [&] { ++runs; });
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, AfterFirstPaint::FallbackMs * 3);
    QTest::qWait(200);
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::paintAndFallbackRunItOnce()
{
    QMainWindow window;
    int runs = 0;
    AfterFirstPaint::run(&window, [&] { ++runs; }, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(600); // past the fallback, which must not run it again
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::neverRunsForADestroyedWindow()
{
    int runs = 0;
    {
        QMainWindow window;
        AfterFirstPaint::run(&window, [&] { ++runs; });
    }
    QTest::qWait(AfterFirstPaint::FallbackMs + 200);
    QCOMPARE(runs, 0);
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
