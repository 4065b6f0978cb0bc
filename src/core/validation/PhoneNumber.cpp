#include "PhoneNumber.h"

namespace {

bool isSeparator(QChar c)
{
    // Spaces (also the no-break one), hyphens and dashes, and the brackets round the area code.
    return c == u' ' || c == QChar(0x00A0) || c == u'-' || c == QChar(0x2013) || c == u'(' || c == u')';
}

// The digits of the number, or nothing if it holds anything but digits, separators and one leading '+'.
std::optional<QString> digitsOf(QStringView text, bool *hasPlus)
{
    *hasPlus = text.startsWith(u'+');
    QString digits;
    for (const QChar c : text.mid(*hasPlus ? 1 : 0)) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!isSeparator(c))
            return std::nullopt;
    }
    return digits;
}

} // namespace

std::optional<QString> PhoneNumber::normalised(QStringView text)
{
    bool hasPlus = false;
    const std::optional<QString> digits = digitsOf(text.trimmed(), &hasPlus);
    if (!digits)
        return std::nullopt;
    QString national;
    if (digits->size() == 11 && digits->startsWith(u'7'))
        national = digits->mid(1);
    else if (!hasPlus && digits->size() == 11 && digits->startsWith(u'8'))
        national = digits->mid(1); // the trunk prefix used inside Russia
    else if (!hasPlus && digits->size() == 10)
        national = *digits;        // the area code and the number, without a prefix
    else
        return std::nullopt;
    return QStringLiteral("+7") + national;
}

QString PhoneNumber::displayText(const QString &normalisedNumber)
{
    if (normalised(normalisedNumber) != normalisedNumber)
        return normalisedNumber;
    const QStringView n(normalisedNumber);
    return QStringLiteral("+7 %1 %2-%3-%4")
        .arg(n.mid(2, 3), n.mid(5, 3), n.mid(8, 2), n.mid(10, 2));
}
