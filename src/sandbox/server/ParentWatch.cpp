#include "server/ParentWatch.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace ParentWatch {

void quitWhenInputCloses(QCoreApplication &application)
{
    QThread *watch = QThread::create([&application] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        QMetaObject::invokeMethod(&application, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    // The thread may still be blocked in fread() at exit: it is left to the process's end, not joined.
    watch->setParent(nullptr);
    watch->start();
}

} // namespace ParentWatch
