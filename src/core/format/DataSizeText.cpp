#include "DataSizeText.h"

#include <QLocale>

QString DataSizeText::of(qint64 bytes)
{
    constexpr double Kilo = 1024.0;
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    const QLocale locale;
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 1); };
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(number(double(bytes) / Kilo));
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MB").arg(number(double(bytes) / (Kilo * Kilo)));
    return tr("%1 GB").arg(number(double(bytes) / (Kilo * Kilo * Kilo)));
}
