#include "NaturalOrder.h"

namespace {

// The run of digits, or of anything else, that starts at position.
QStringView runAt(const QString &text, qsizetype position)
{
    const bool digits = text.at(position).isDigit();
    qsizetype end = position;
    while (end < text.size() && text.at(end).isDigit() == digits)
        ++end;
    return QStringView(text).sliced(position, end - position);
}

int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.sliced(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.sliced(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

bool NaturalOrder::less(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QStringView left = runAt(a, i);
        const QStringView right = runAt(b, j);
        const bool bothNumbers = left.front().isDigit() && right.front().isDigit();
        const int order = bothNumbers ? compareNumbers(left, right)
                                      : QString::localeAwareCompare(left, right);
        if (order != 0)
            return order < 0;
        i += left.size();
        j += right.size();
    }
    return a.size() - i < b.size() - j;
}
