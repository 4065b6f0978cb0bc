#include "RangeRequest.h"

namespace Sandbox {

namespace {
constexpr qsizetype maxDigits = 18; // below qint64's overflow

std::optional<qint64> number(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > maxDigits)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

std::optional<qint64> RangeRequest::startOffset(QByteArrayView header, qint64 size)
{
    header = header.trimmed();
    if (header.isEmpty())
        return 0;
    constexpr QByteArrayView unit = "bytes=";
    if (!header.startsWith(unit))
        return std::nullopt;
    const QByteArrayView spec = header.sliced(unit.size());
    const qsizetype dash = spec.indexOf('-');
    if (dash <= 0)
        return std::nullopt;
    const std::optional<qint64> first = number(spec.first(dash));
    const QByteArrayView lastText = spec.sliced(dash + 1);
    if (!first || *first >= size)
        return std::nullopt;
    if (!lastText.isEmpty()) {
        const std::optional<qint64> last = number(lastText);
        if (!last || *last < *first)
            return std::nullopt;
    }
    return first;
}

} // namespace Sandbox
