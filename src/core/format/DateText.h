#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Dates and moments as the user reads them: in the user's language and, for moments, in the user's own
// time zone (the operator's zone decides which day a rule applies to, never how a moment is shown).
// The one formatter of dates for every page, model and message.
class DateText
{
public:
    // "25.11.2026": a calendar day in a table or a sentence.
    static QString day(QDate date);
    // "1 декабря": a day of the current year inside a sentence.
    static QString dayAndMonth(QDate date);
    // "3 декабря 2026": a day spelled out.
    static QString longDay(QDate date);
    // "25.11.2026 13:05": an instant, moved to the user's time zone.
    static QString moment(const QDateTime &instant);
    // "00:00": the time of an instant in the user's time zone.
    static QString timeOfDay(const QDateTime &instant);
    // The same in a given zone, for the rare sentence that needs the operator's clock beside the user's.
    static QString timeOfDay(const QDateTime &instant, const QTimeZone &zone);
};
