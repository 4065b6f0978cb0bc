#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

// One table as an Excel workbook (libxlsxwriter), for the accountant to open as is: a bold, frozen header
// row with an auto-filter, sums as numbers in a rouble format with two decimals, dates as dates, columns as
// wide as their content, and a totals row with SUM formulas under the columns that have one. Rows are
// streamed to disk as they come (libxlsxwriter's constant-memory mode), so a long table costs no more memory
// than a short one. The file appears only when it is complete: it is written beside its name and renamed.
class XlsxTable
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTable)

public:
    enum class Type { Text, Money, Date, Integer };
    struct Column
    {
        QString title;
        Type type = Type::Text;
        bool totalled = false; // a SUM under it in the totals row
    };

    XlsxTable(const QString &path, const QString &sheetName, const QList<Column> &columns);
    ~XlsxTable();
    XlsxTable(const XlsxTable &) = delete;
    XlsxTable &operator=(const XlsxTable &) = delete;

    // False (with the reason) when the file cannot be started. rowCount: the data rows to come (the
    // auto-filter covers them; the totals row stays out of it).
    bool open(int rowCount, QString *error);
    // One cell per column: a QString for Text, a Money for Money, a QDate for Date, a qint64 for Integer.
    void addRow(const QVariantList &cells);
    // Writes the totals row (labelled totalLabel in the first column), the widths, and the file.
    bool finish(const QString &totalLabel, QString *error);

private:
    struct Workbook;
    void writeCell(int row, int column, const QVariant &value);
    void widen(int column, qsizetype characters);

    QString m_path;
    QString m_partPath;
    QString m_sheetName;
    QList<Column> m_columns;
    QList<qsizetype> m_widths;
    int m_nextRow = 1;
    std::unique_ptr<Workbook> m_book;
};
