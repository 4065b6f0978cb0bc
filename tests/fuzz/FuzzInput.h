#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// What every fuzz target needs from libFuzzer's raw bytes: a view as QByteArray, as text, split into
// header lines, and a loud failure (abort, so libFuzzer keeps the input) when an invariant breaks.
namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

// The first `count` lines of the input (without their '\n') and then the rest as one last part, so a
// seed can be written by hand: "status\ncontent type\nbody".
inline QList<QByteArray> lines(const QByteArray &input, int count)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype end = input.indexOf('\n', from);
        if (end < 0) {
            parts.append(input.mid(from));
            from = input.size();
            continue;
        }
        parts.append(input.mid(from, end - from));
        from = end + 1;
    }
    parts.append(input.mid(from));
    return parts;
}

inline void require(bool invariant)
{
    if (!invariant)
        std::abort();
}

} // namespace FuzzInput
