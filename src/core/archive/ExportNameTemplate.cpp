#include "ExportNameTemplate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList Placeholders = {QStringLiteral("contract"), QStringLiteral("period"),   QStringLiteral("kind"),
                                  QStringLiteral("number"),   QStringLiteral("account"),  QStringLiteral("organisation"),
                                  QStringLiteral("amount"),   QStringLiteral("subscriber"), QStringLiteral("obtained")};

// The same placeholders in Russian, as the page offers them to an accountant.
const QHash<QString, QString> &russianNames()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("договор"), QStringLiteral("contract")},   {QStringLiteral("период"), QStringLiteral("period")},
        {QStringLiteral("вид"), QStringLiteral("kind")},           {QStringLiteral("номер"), QStringLiteral("number")},
        {QStringLiteral("лицевой_счет"), QStringLiteral("account")},
        {QStringLiteral("организация"), QStringLiteral("organisation")},
        {QStringLiteral("сумма"), QStringLiteral("amount")},       {QStringLiteral("абонент"), QStringLiteral("subscriber")},
        {QStringLiteral("получен"), QStringLiteral("obtained")},
    };
    return names;
}

// The placeholder's own name, whichever language it was written in; empty when there is no such placeholder.
QString canonical(const QString &written)
{
    const QString lower = written.toLower().replace(QStringLiteral("ё"), QStringLiteral("е"));
    if (Placeholders.contains(lower))
        return lower;
    return russianNames().value(lower);
}

QString valueOf(const QString &placeholder, const ArchivedDocument &d)
{
    if (placeholder == QLatin1String("contract"))
        return d.contract;
    if (placeholder == QLatin1String("period"))
        return d.period.toString();
    if (placeholder == QLatin1String("kind"))
        return ArchivedDocument::keyOf(d.kind);
    if (placeholder == QLatin1String("number"))
        return d.number;
    if (placeholder == QLatin1String("account"))
        return d.accountId;
    if (placeholder == QLatin1String("organisation"))
        return d.organisation;
    if (placeholder == QLatin1String("amount")) {
        if (!d.amountKnown)
            return {};
        const qint64 minor = d.amount.minorUnits();
        return QStringLiteral("%1.%2").arg(minor / 100).arg(qAbs(minor % 100), 2, 10, QLatin1Char('0'));
    }
    if (placeholder == QLatin1String("subscriber"))
        return d.subscriberNumber;
    if (placeholder == QLatin1String("obtained"))
        return d.obtainedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    return {};
}

const QRegularExpression &placeholderPattern()
{
    // Anything in braces is meant as a placeholder: an unknown one is reported, never copied into names unseen.
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]+)\\}"));
    return pattern;
}

} // namespace

QList<std::pair<QString, QString>> ExportNameTemplate::russianPlaceholders()
{
    QList<std::pair<QString, QString>> offered;
    for (const QString &name : Placeholders)
        offered.append({QLatin1Char('{') + russianNames().key(name) + QLatin1Char('}'), name});
    return offered;
}

QString ExportNameTemplate::defaultPattern()
{
    const QString english = QStringLiteral("{contract}_{period}_{kind}_{number}.pdf");
    const QString translated = tr("{contract}_{period}_{kind}_{number}.pdf");
    // A translation that names a field the template does not know would make every name wrong.
    return ExportNameTemplate(translated).unknownPlaceholders().isEmpty() ? translated : english;
}

ExportNameTemplate::ExportNameTemplate(const QString &pattern)
    : m_pattern(pattern.trimmed().isEmpty() ? defaultPattern() : pattern.trimmed())
{
}

QStringList ExportNameTemplate::unknownPlaceholders() const
{
    QStringList unknown;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(m_pattern)) {
        if (canonical(match.captured(1)).isEmpty())
            unknown.append(match.captured(0));
    }
    return unknown;
}

QString ExportNameTemplate::render(const ArchivedDocument &document) const
{
    QString name;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(m_pattern)) {
        name += m_pattern.mid(last, match.capturedStart() - last);
        const QString placeholder = canonical(match.captured(1));
        name += placeholder.isEmpty() ? match.captured(0) : valueOf(placeholder, document);
        last = match.capturedEnd();
    }
    name += m_pattern.mid(last);
    name = safeFileName(name);
    if (!name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        name += QStringLiteral(".pdf");
    return name;
}

QStringList ExportNameTemplate::renderAll(const QList<ArchivedDocument> &documents) const
{
    QStringList names;
    QSet<QString> taken;
    for (const ArchivedDocument &document : documents) {
        const QString wanted = render(document);
        QString name = wanted;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = wanted.chopped(4) + QStringLiteral("-%1.pdf").arg(n);
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

QString ExportNameTemplate::safeFileName(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        // Control and format characters too: a right-to-left override (U+202E) turns «счет<RLO>fdp.exe» into
        // what reads as «счетexe.pdf».
        const bool unsafe = c.unicode() < 0x20 || c.category() == QChar::Other_Control
                            || c.category() == QChar::Other_Format || QStringLiteral("<>:\"/\\|?*").contains(c);
        safe += unsafe ? QLatin1Char('_') : c;
    }
    // Shortened first, so that the rules below hold for the final name, and never between the two halves
    // of a surrogate pair (a lone half is not text: no file system or ZIP reader stores it).
    qsizetype length = qMin<qsizetype>(safe.size(), 180);
    if (length < safe.size() && safe.at(length).isLowSurrogate())
        --length;
    safe.truncate(length);
    // Windows refuses names ending in a dot or a space, and "." / ".." are not names at all. Until nothing
    // changes: taking a dot off can bare a no-break space, which trimming then takes.
    for (QString before; before != safe;) {
        before = safe;
        safe = safe.trimmed();
        while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
            safe.chop(1);
        while (safe.startsWith(QLatin1Char('.')))
            safe.remove(0, 1);
    }
    if (safe.isEmpty())
        safe = QStringLiteral("document");
    return safe;
}
