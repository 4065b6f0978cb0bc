#include "CsvTable.h"

namespace Sandbox {

CsvTable::CsvTable(const QStringList &header)
{
    addRow(header);
}

void CsvTable::addRow(const QStringList &fields)
{
    for (qsizetype column = 0; column < fields.size(); ++column) {
        if (column > 0)
            m_text += QLatin1Char(',');
        m_text += field(fields.at(column));
    }
    m_text += QLatin1String("\r\n");
}

QByteArray CsvTable::toUtf8() const
{
    return m_text.toUtf8();
}

QString CsvTable::field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace Sandbox
