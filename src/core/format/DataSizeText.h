#pragma once

#include <QCoreApplication>
#include <QString>

// A file's size as an accountant reads it: "2,0 МБ", "300 байт". Qt's default IEC units ("MiB") are not
// translated into Russian and its small sizes are ungrammatical there, so no page calls formattedDataSize.
class DataSizeText
{
    Q_DECLARE_TR_FUNCTIONS(DataSizeText)

public:
    static QString of(qint64 bytes);
};
