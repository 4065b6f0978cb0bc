#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// Builds a CSV file by RFC 4180: delimited fields, CRLF after every record, a field quoted (with its quotes
// doubled) when it holds the delimiter, a quote, CR or LF. UTF-8 with a byte-order mark, because Excel reads a
// CSV without one in the system's ANSI code page and garbles Cyrillic. The dialect follows the user's locale,
// as Excel does on a double-click: where the decimal separator is a comma (Russian), fields are separated by
// ';' and numbers written with a decimal comma; elsewhere the RFC's comma and a decimal point.
// A field a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or CR, and is not a plain
// number such as -1500.00) gets a leading apostrophe: text from the operator such as
// =HYPERLINK("http://…") must not run in the accountant's spreadsheet (OWASP "CSV injection").
class CsvWriter
{
public:
    struct Dialect
    {
        QChar delimiter = u',';
        QChar decimalPoint = u'.';

        static Dialect forLocale(const QLocale &locale);
    };

    CsvWriter();
    explicit CsvWriter(const Dialect &dialect);

    void addRecord(const QStringList &fields);
    // A decimal number written with a point ("-1500.00", Money::toDecimalString) in this file's dialect.
    QString number(const QString &decimalWithPoint) const;
    int recordCount() const { return static_cast<int>(m_records.size()); }
    QByteArray toUtf8() const;

    static QString escapedField(const QString &field, QChar delimiter = u',');
    static bool looksLikeFormula(const QString &field);
    static QString record(const QStringList &fields, QChar delimiter = u',');

private:
    Dialect m_dialect;
    QList<QStringList> m_records;
};
