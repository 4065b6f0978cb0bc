#include "CsvWriter.h"

#include <algorithm>

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

namespace {
// An optional sign, digits, and optionally a point and more digits: a value, never a formula.
bool isPlainNumber(QStringView text)
{
    if (text.startsWith(u'-') || text.startsWith(u'+'))
        text = text.sliced(1);
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.first(point);
    const QStringView fraction = point < 0 ? QStringView() : text.sliced(point + 1);
    const auto digitsOnly = [](QStringView part) {
        return !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
    };
    return digitsOnly(whole) && (point < 0 || digitsOnly(fraction));
}
} // namespace

bool CsvWriter::looksLikeFormula(const QString &field)
{
    if (field.isEmpty() || field == u"-" || field == u"+")
        return false;
    const QChar first = field.front();
    const bool formulaStart = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
                              || first == u'\r';
    return formulaStart && !isPlainNumber(field);
}

QString CsvWriter::escapedField(const QString &value)
{
    const QString field = looksLikeFormula(value) ? u'\'' + value : value;
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
