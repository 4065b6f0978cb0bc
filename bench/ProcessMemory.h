#pragma once

#include <QFile>
#include <QString>

// The process's own memory figures from /proc/self/status (Linux), in KiB; -1 where unknown.
namespace ProcessMemory {

inline qint64 statusFieldKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 residentKb() { return statusFieldKb("VmRSS"); }
inline qint64 peakResidentKb() { return statusFieldKb("VmHWM"); }

} // namespace ProcessMemory
