#include "DocumentPeriod.h"

#include <QRegularExpression>
#include <QStringList>

namespace Sandbox {

QDate DocumentPeriod::firstDay(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const QRegularExpressionMatch match = pattern.match(period);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

QString DocumentPeriod::russianMonthYear(const QString &period)
{
    // Spelled out rather than taken from QLocale: its standalone month names depend on ICU data.
    static const QStringList months = {
        QStringLiteral("январь"), QStringLiteral("февраль"), QStringLiteral("март"),
        QStringLiteral("апрель"), QStringLiteral("май"), QStringLiteral("июнь"),
        QStringLiteral("июль"), QStringLiteral("август"), QStringLiteral("сентябрь"),
        QStringLiteral("октябрь"), QStringLiteral("ноябрь"), QStringLiteral("декабрь")};
    const QDate first = firstDay(period);
    if (!first.isValid())
        return period;
    return QStringLiteral("%1 %2 г.").arg(months.at(first.month() - 1)).arg(first.year());
}

} // namespace Sandbox
