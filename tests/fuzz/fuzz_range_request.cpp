// The sandbox's Range reader on any header: an offset it accepts lies inside the file, and only the
// one form "bytes=N-[M]" is accepted (printing the offset back gives an accepted header again).
#include "FuzzInput.h"
#include "RangeRequest.h"

using Sandbox::RangeRequest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 fileSize = 1000000;
    const QByteArray header = FuzzInput::bytes(data, size);
    const std::optional<qint64> offset = RangeRequest::startOffset(header, fileSize);
    if (!offset)
        return 0;
    FuzzInput::require(*offset >= 0 && *offset < fileSize);
    if (!header.trimmed().isEmpty())
        FuzzInput::require(header.trimmed().startsWith("bytes="));
    FuzzInput::require(RangeRequest::startOffset("bytes=" + QByteArray::number(*offset) + '-', fileSize) == offset);
    return 0;
}
