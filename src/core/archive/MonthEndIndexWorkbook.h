#pragma once

#include "ArchivedDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// The month-end pack's index as an Excel workbook beside index.csv: the same documents, with sums as numbers
// in roubles, the day obtained as a date, and a total of the sums. Made in memory, for a folder or a ZIP.
class MonthEndIndexWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(MonthEndIndexWorkbook)

public:
    static constexpr const char *FileName = "index.xlsx";

    // names: each document's name inside the pack. Nothing (with the reason) when it cannot be written.
    static std::optional<QByteArray> of(const QList<ArchivedDocument> &documents, const QStringList &names,
                                        QString *error);
};
