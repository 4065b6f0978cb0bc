#include "FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace {

// Milliseconds since the kernel started this process (so dynamic loading counts too); -1 where unknown.
qint64 millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts from the ')' that ends the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double startedMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return qint64(double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startedMs);
#else
    return -1;
#endif
}

} // namespace

void FirstPaintProbe::installIfRequested(QApplication &application)
{
    if (qEnvironmentVariable("SIPCABINET_BENCH_FIRST_PAINT") != QLatin1String("1"))
        return;
    application.installEventFilter(new FirstPaintProbe(&application));
}

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && qobject_cast<QMainWindow *>(watched)) {
        m_painted = true;
        // Queued: the window's children paint and the frame is flushed before this runs.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    qApp->removeEventFilter(this);
    std::printf("first-paint-ms %lld\n", static_cast<long long>(millisecondsSinceProcessStart()));
    std::fflush(stdout);
    const int lingerMs = qEnvironmentVariableIntValue("SIPCABINET_BENCH_LINGER_MS");
    QTimer::singleShot(lingerMs, qApp, &QCoreApplication::quit);
}
