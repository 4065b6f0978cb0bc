#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// How the archive's database keeps times and texts: UTC ISO text with milliseconds (which sorts as time does),
// NULL for a time not reached yet, and an empty text, never NULL, in a NOT NULL column.
namespace StoredValues {

inline QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant();
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace StoredValues
