#include "MonthCloseDocuments.h"

std::optional<QList<ArchivedDocument::Kind>> MonthCloseDocuments::fromKeys(const QString &commaSeparated)
{
    const QList<ArchivedDocument::Kind> known = all();
    QList<ArchivedDocument::Kind> kinds;
    const QStringList keys = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : keys) {
        const QString key = raw.trimmed();
        const auto found = std::find_if(known.cbegin(), known.cend(), [&key](ArchivedDocument::Kind kind) {
            return ArchivedDocument::keyOf(kind) == key;
        });
        if (found == known.cend())
            return std::nullopt;
        if (!kinds.contains(*found))
            kinds.append(*found);
    }
    if (kinds.isEmpty())
        return std::nullopt;
    return kinds;
}

QStringList MonthCloseDocuments::keysOf(const QList<ArchivedDocument::Kind> &kinds)
{
    QStringList keys;
    for (ArchivedDocument::Kind kind : kinds)
        keys.append(ArchivedDocument::keyOf(kind));
    return keys;
}
