#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Builds a CSV file by RFC 4180: comma-separated fields, CRLF after every record, a field quoted (with its
// quotes doubled) when it holds a comma, a quote, CR or LF. UTF-8 with a byte-order mark, because Excel
// reads a CSV without one in the system's ANSI code page and garbles Cyrillic. We keep the RFC's comma
// rather than the ';' a Russian Excel expects on a double-click: the file stays standard for every other
// program, and Excel's «Данные → Из текста/CSV» import reads it correctly.
// A field a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or CR, and is not a plain
// number such as -1500.00) gets a leading apostrophe: text from the operator such as
// =HYPERLINK("http://…") must not run in the accountant's spreadsheet (OWASP "CSV injection").
class CsvWriter
{
public:
    void addRecord(const QStringList &fields);
    int recordCount() const { return static_cast<int>(m_records.size()); }
    QByteArray toUtf8() const;

    static QString escapedField(const QString &field);
    static bool looksLikeFormula(const QString &field);
    static QString record(const QStringList &fields);

private:
    QList<QStringList> m_records;
};
