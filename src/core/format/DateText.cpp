#include "DateText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString DateText::day(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString DateText::dayAndMonth(QDate date)
{
    // "MMMM" next to a day gives the month's form inside a date ("декабря"), not its standalone name.
    return QLocale().toString(date, u"d MMMM"_s);
}

QString DateText::longDay(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QString DateText::moment(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QString DateText::timeOfDay(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime().time(), QLocale::ShortFormat);
}

QString DateText::timeOfDay(const QDateTime &instant, const QTimeZone &zone)
{
    return QLocale().toString(instant.toTimeZone(zone).time(), QLocale::ShortFormat);
}
