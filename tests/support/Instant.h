#pragma once

#include <QDateTime>
#include <QString>

// An instant written as tests name it: Instant::utc("2026-12-03T20:59:00Z").
namespace Instant {
inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace Instant
