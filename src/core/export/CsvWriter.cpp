#include "CsvWriter.h"

#include <algorithm>

CsvWriter::Dialect CsvWriter::Dialect::forLocale(const QLocale &locale)
{
    if (locale.decimalPoint() == QLatin1String(","))
        return {u';', u','};
    return {};
}

CsvWriter::CsvWriter()
    : CsvWriter(Dialect())
{
}

CsvWriter::CsvWriter(const Dialect &dialect)
    : m_dialect(dialect)
{
}

QString CsvWriter::number(const QString &decimalWithPoint) const
{
    QString text = decimalWithPoint;
    return text.replace(u'.', m_dialect.decimalPoint);
}

void CsvWriter::addRecord(const QStringList &fields)
{
    m_records.append(fields);
}

QByteArray CsvWriter::toUtf8() const
{
    QString text;
    for (const QStringList &fields : m_records)
        text += record(fields, m_dialect.delimiter);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

namespace {
// An optional sign, digits, and optionally a decimal point or comma and more digits: a value, never a formula.
bool isPlainNumber(QStringView text)
{
    if (text.startsWith(u'-') || text.startsWith(u'+'))
        text = text.sliced(1);
    qsizetype point = text.indexOf(u'.');
    if (point < 0)
        point = text.indexOf(u',');
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

QString CsvWriter::escapedField(const QString &value, QChar delimiter)
{
    const QString field = looksLikeFormula(value) ? u'\'' + value : value;
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\r')
                             || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::record(const QStringList &fields, QChar delimiter)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escapedField(field, delimiter));
    return escaped.join(delimiter) + QStringLiteral("\r\n");
}
