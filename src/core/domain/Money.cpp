#include "Money.h"

#include <QLocale>

#include <limits>

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minorUnits(minorUnits)
    , m_currency(currency)
{
}

std::optional<Money> Money::fromDecimalString(QStringView text, const QString &currency)
{
    const bool negative = text.startsWith(u'-');
    const QStringView digits = negative ? text.mid(1) : text;
    const qsizetype dot = digits.indexOf(u'.');
    if (dot < 1 || digits.size() - dot != 3 || digits.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i == dot)
            continue;
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return Money(negative ? -value : value, currency);
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_minorUnits < 0 ? -m_minorUnits : m_minorUnits;
    return QStringLiteral("%1%2.%3")
        .arg(m_minorUnits < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const QLocale locale;
    const QString symbol = m_currency == QLatin1String("RUB") ? QStringLiteral("₽") : m_currency;
    return locale.toCurrencyString(static_cast<double>(m_minorUnits) / 100.0, symbol, 2);
}
