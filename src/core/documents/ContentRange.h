#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// The Content-Range of a 206 answer (RFC 9110, 14.4): "bytes first-last/complete", the complete length
// possibly "*". A download resumed from byte N must get exactly byte N onwards; anything else would be
// spliced in at the wrong place.
struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    std::optional<qint64> completeLength; // empty for "*"

    // Strict: anything but that shape, a range that runs backwards or past the complete length, or a
    // number too long to be a file size, is no range at all.
    static std::optional<ContentRange> parse(QByteArrayView header);
};
