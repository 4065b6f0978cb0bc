#include "MoneyText.h"

namespace Sandbox {

namespace {

struct Parts
{
    bool negative = false;
    quint64 units = 0;
    quint64 cents = 0;
};

Parts split(qint64 kopecks)
{
    // Negating in unsigned arithmetic keeps the minimum qint64 well-defined.
    const quint64 magnitude = kopecks < 0 ? 0 - static_cast<quint64>(kopecks) : static_cast<quint64>(kopecks);
    return {kopecks < 0, magnitude / 100, magnitude % 100};
}

QString twoDigits(quint64 cents)
{
    return QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

QString currencySign(const QString &currency)
{
    if (currency.isEmpty() || currency == QLatin1String("RUB"))
        return QStringLiteral("\u20BD");
    return currency;
}

} // namespace

QString MoneyText::russian(qint64 kopecks, const QString &currency)
{
    const Parts parts = split(kopecks);
    const QChar noBreakSpace(0x00A0);
    QString units = QString::number(parts.units);
    for (qsizetype position = units.size() - 3; position > 0; position -= 3)
        units.insert(position, noBreakSpace);
    return (parts.negative ? QStringLiteral("-") : QString()) + units + QLatin1Char(',')
        + twoDigits(parts.cents) + noBreakSpace + currencySign(currency);
}

QString MoneyText::decimal(qint64 kopecks)
{
    const Parts parts = split(kopecks);
    return (parts.negative ? QStringLiteral("-") : QString()) + QString::number(parts.units)
        + QLatin1Char('.') + twoDigits(parts.cents);
}

} // namespace Sandbox
