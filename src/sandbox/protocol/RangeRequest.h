#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace Sandbox {

// The one Range form a download accepts, "bytes=N-" (or "bytes=N-M", served to the end).
class RangeRequest
{
public:
    // Where to start sending a file of `size` bytes: 0 without a Range header, nothing when the
    // header is malformed, overflows, or starts at or past the end (416).
    static std::optional<qint64> startOffset(QByteArrayView header, qint64 size);
};

} // namespace Sandbox
