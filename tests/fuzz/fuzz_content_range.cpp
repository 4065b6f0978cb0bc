// ContentRange::parse on any header an operator (or a cache on the way) might send: an accepted range
// never runs backwards or past its complete length, and printing it back parses to the same range.
#include "FuzzInput.h"
#include "documents/ContentRange.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ContentRange> range = ContentRange::parse(header);
    if (!range)
        return 0;
    FuzzInput::require(range->first >= 0 && range->first <= range->last);
    FuzzInput::require(!range->completeLength || range->last < *range->completeLength);
    const QByteArray printed = "bytes " + QByteArray::number(range->first) + '-' + QByteArray::number(range->last) + '/'
                               + (range->completeLength ? QByteArray::number(*range->completeLength) : QByteArray("*"));
    const std::optional<ContentRange> again = ContentRange::parse(printed);
    FuzzInput::require(again && again->first == range->first && again->last == range->last
                       && again->completeLength == range->completeLength);
    return 0;
}
