#include "ExportNameTemplate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList Placeholders = {QStringLiteral("contract"), QStringLiteral("period"),   QStringLiteral("kind"),
                                  QStringLiteral("number"),   QStringLiteral("account"),  QStringLiteral("organisation"),
                                  QStringLiteral("amount"),   QStringLiteral("subscriber"), QStringLiteral("obtained")};

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
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z]+)\\}"));
    return pattern;
}

} // namespace

ExportNameTemplate::ExportNameTemplate(const QString &pattern)
    : m_pattern(pattern.trimmed().isEmpty() ? defaultPattern() : pattern.trimmed())
{
}

QStringList ExportNameTemplate::unknownPlaceholders() const
{
    QStringList unknown;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(m_pattern)) {
        if (!Placeholders.contains(match.captured(1)))
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
        name += Placeholders.contains(match.captured(1)) ? valueOf(match.captured(1), document) : match.captured(0);
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
        const bool unsafe = c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c);
        safe += unsafe ? QLatin1Char('_') : c;
    }
    // Shortened first, so that the rules below hold for the final name, and never between the two halves
    // of a surrogate pair (a lone half is not text: no file system or ZIP reader stores it).
    qsizetype length = qMin<qsizetype>(safe.size(), 180);
    if (length < safe.size() && safe.at(length).isLowSurrogate())
        --length;
    safe.truncate(length);
    safe = safe.trimmed();
    // Windows refuses names ending in a dot or a space, and "." / ".." are not names at all.
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QStringLiteral("document");
    return safe;
}
