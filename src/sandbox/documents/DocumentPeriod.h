#pragma once

#include <QDate>
#include <QString>

namespace Sandbox {

// Reads the "YYYY-MM" billing periods documents are about.
class DocumentPeriod
{
public:
    // The first day of the period, or an invalid date when the text is not a "YYYY-MM" period.
    static QDate firstDay(const QString &period);
    // "январь 2025 г."; the text itself when it is not a valid period.
    static QString russianMonthYear(const QString &period);
};

} // namespace Sandbox
