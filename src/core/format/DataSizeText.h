#pragma once

#include <QCoreApplication>
#include <QString>

// A file's size as an accountant reads it: "2,0 МБ", "512,0 КБ", "300 байт", in units of 1024 named as people
// name them. Qt's formattedDataSize gives untranslated "MiB", a lower-case "кБ" and "300 байты" in Russian,
// so no page calls it.
class DataSizeText
{
    Q_DECLARE_TR_FUNCTIONS(DataSizeText)

public:
    static QString of(qint64 bytes);
};
