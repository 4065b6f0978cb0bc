#pragma once

#include <QObject>

class QApplication;

// The start-up benchmark's hook (bench/, scripts/run-benchmarks): with SIPCABINET_BENCH_FIRST_PAINT=1 in
// the environment it prints "first-paint-ms <ms since the process started>" once the first main window
// has been painted, then quits after SIPCABINET_BENCH_LINGER_MS (default 0) so that the idle memory can
// be read. Without the variable nothing is installed.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static void installIfRequested(QApplication &application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    void report();

    bool m_painted = false;
};
