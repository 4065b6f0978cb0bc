#include "PeriodTitle.h"

#include <QLocale>

QString PeriodTitle::of(const BillingPeriod &period)
{
    QString title = inText(period);
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

QString PeriodTitle::inText(const BillingPeriod &period)
{
    if (!period.isValid())
        return {};
    return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(period.month(), QLocale::LongFormat)).arg(period.year());
}

QString PeriodTitle::axisLabel(const BillingPeriod &period)
{
    if (!period.isValid())
        return {};
    return QStringLiteral("%1\n%2").arg(QLocale().standaloneMonthName(period.month(), QLocale::ShortFormat)).arg(period.year());
}
