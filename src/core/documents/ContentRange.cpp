#include "ContentRange.h"

#include <algorithm>

namespace {
constexpr qsizetype MaxDigits = 18; // below 2^63: no overflow, and far beyond any document

std::optional<qint64> number(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > MaxDigits
        || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}
} // namespace

std::optional<ContentRange> ContentRange::parse(QByteArrayView header)
{
    constexpr QByteArrayView unit = "bytes ";
    if (!header.startsWith(unit))
        return std::nullopt;
    const QByteArrayView spec = header.sliced(unit.size());
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return std::nullopt;
    const std::optional<qint64> first = number(spec.first(dash));
    const std::optional<qint64> last = number(spec.sliced(dash + 1, slash - dash - 1));
    const QByteArrayView complete = spec.sliced(slash + 1);
    if (!first || !last || *first > *last)
        return std::nullopt;
    ContentRange range{*first, *last, std::nullopt};
    if (complete != "*") {
        range.completeLength = number(complete);
        if (!range.completeLength || *last >= *range.completeLength)
            return std::nullopt;
    }
    return range;
}
