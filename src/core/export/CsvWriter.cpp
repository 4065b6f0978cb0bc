#include "CsvWriter.h"

void CsvWriter::addRecord(const QStringList &fields)
{
    m_records.append(fields);
}

QByteArray CsvWriter::toUtf8() const
{
    QString text;
    for (const QStringList &fields : m_records)
        text += record(fields);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString CsvWriter::escapedField(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\r')
                             || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escapedField(field));
    return escaped.join(u',') + QStringLiteral("\r\n");
}
