#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sandbox {

// Accumulates an RFC 4180 CSV file: UTF-8, CRLF line ends, fields quoted only where they must be.
class CsvTable
{
public:
    explicit CsvTable(const QStringList &header);

    void addRow(const QStringList &fields);
    QByteArray toUtf8() const;

    static QString field(const QString &text);

private:
    QString m_text;
};

} // namespace Sandbox
