// Start-up work waits for the window's first paint, runs once, and never after the window is gone.
// "Never again" is observed, not waited for: the work lives only in its AfterFirstPaint helper, so once the
// helper is destroyed nothing is left that could run it.
#include "AfterFirstPaint.h"

#include <QMainWindow>
#include <QPointer>
#include <QTest>

namespace {
// The helper watching the window; null once it is gone.
QPointer<AfterFirstPaint> helperOf(QWidget *window)
{
    return window->findChild<AfterFirstPaint *>();
}
} // namespace

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
    const QPointer<AfterFirstPaint> helper = helperOf(&window);
    QVERIFY(helper);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs, 1);
    QVERIFY(paintedBefore);
    QTRY_VERIFY(!helper); // and with it the work: the next paint finds nothing to run
    window.update();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::runsAnywayWhenTheWindowIsNeverShown()
{
    QMainWindow window;
    int runs = 0;
    AfterFirstPaint::run(&window, [&] { ++runs; });
    const QPointer<AfterFirstPaint> helper = helperOf(&window);
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, AfterFirstPaint::FallbackMs * 3);
    QTRY_VERIFY(!helper);
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::paintAndFallbackRunItOnce()
{
    QMainWindow window;
    int runs = 0;
    AfterFirstPaint::run(&window, [&] { ++runs; }, 300);
    const QPointer<AfterFirstPaint> helper = helperOf(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs, 1);
    QTRY_VERIFY(!helper); // the fallback timer went with it
    QCOMPARE(runs, 1);
}

void TestAfterFirstPaint::neverRunsForADestroyedWindow()
{
    int runs = 0;
    QPointer<AfterFirstPaint> helper;
    {
        QMainWindow window;
        AfterFirstPaint::run(&window, [&] { ++runs; });
        helper = helperOf(&window);
        QVERIFY(helper);
    }
    QVERIFY(!helper); // gone with the window, its fallback timer too
    QCoreApplication::processEvents();
    QCOMPARE(runs, 0);
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
