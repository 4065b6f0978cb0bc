#pragma once

class QCoreApplication;

// Ends a child process with the process that started it, however that one ends (a crash included):
// the parent holds the child's standard input open, and the operating system closes it when the
// parent is gone. Portable: a thread blocks on reading standard input until end of file.
namespace ParentWatch {

void quitWhenInputCloses(QCoreApplication &application);

} // namespace ParentWatch
