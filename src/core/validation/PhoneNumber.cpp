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

QString PhoneNumber::problemWith(QStringView text)
{
    if (normalised(text))
        return {};
    const QString example = tr("for example +7 916 123-45-67 or 8 (916) 123-45-67");
    bool hasPlus = false;
    const std::optional<QString> digits = digitsOf(text.trimmed(), &hasPlus);
    if (!digits || digits->isEmpty())
        return tr("Enter the phone number with digits only, %1.").arg(example);
    // A number dialled with the country code (+7, or 8 inside Russia) has 11 digits, without it 10.
    const bool withPrefix = hasPlus || digits->startsWith(u'7') || digits->startsWith(u'8');
    const qsizetype expected = withPrefix ? 11 : 10;
    if (hasPlus && !digits->startsWith(u'7'))
        return tr("Only Russian numbers (+7) can be called back: enter a Russian number, %1.").arg(example);
    if (digits->size() < expected)
        return tr("The number has %n digit(s), but %1 are needed: enter it in full, %2.", nullptr, int(digits->size()))
            .arg(expected)
            .arg(example);
    return tr("The number has %n digit(s), but %1 are needed: check it, %2.", nullptr, int(digits->size()))
        .arg(expected)
        .arg(example);
}

QString PhoneNumber::displayText(const QString &normalisedNumber)
{
    if (normalised(normalisedNumber) != normalisedNumber)
        return normalisedNumber;
    const QStringView n(normalisedNumber);
    return QStringLiteral("+7 %1 %2-%3-%4")
        .arg(n.mid(2, 3), n.mid(5, 3), n.mid(8, 2), n.mid(10, 2));
}
