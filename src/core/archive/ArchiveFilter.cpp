#include "ArchiveFilter.h"

#include <QStringList>

QString ArchiveFilter::ftsPhrase(const QString &needle)
{
    QString phrase = needle;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString ArchiveFilter::whereClause(QVariantList *values, TextMatch match) const
{
    QStringList conditions;
    const QString needle = this->needle();
    if (needle.size() >= 3 && match == TextMatch::Index) {
        // The trigram index finds any substring of three characters or more; a phrase keeps it literal.
        conditions.append(QStringLiteral("id IN (SELECT rowid FROM documents_search WHERE documents_search MATCH ?)"));
        values->append(ftsPhrase(needle));
    } else if (!needle.isEmpty()) {
        conditions.append(QStringLiteral("instr(search_text, ?) > 0"));
        values->append(needle);
    }
    if (!accountId.isEmpty()) {
        conditions.append(QStringLiteral("account_id = ?"));
        values->append(accountId);
    }
    if (from) {
        conditions.append(QStringLiteral("period >= ?"));
        values->append(from->toString());
    }
    if (to) {
        conditions.append(QStringLiteral("period <= ?"));
        values->append(to->toString());
    }
    if (kind) {
        conditions.append(QStringLiteral("kind = ?"));
        values->append(ArchivedDocument::keyOf(*kind));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ArchiveFilter::orderClause() const
{
    QString column;
    switch (sortColumn) {
    case SortColumn::Period:
        column = QStringLiteral("period");
        break;
    case SortColumn::Account:
        column = QStringLiteral("account_id");
        break;
    case SortColumn::Contract:
        column = QStringLiteral("contract");
        break;
    case SortColumn::Organisation:
        column = QStringLiteral("organisation");
        break;
    case SortColumn::Kind:
        column = QStringLiteral("kind");
        break;
    case SortColumn::Number:
        column = QStringLiteral("number");
        break;
    case SortColumn::Amount:
        column = QStringLiteral("amount_minor");
        break;
    case SortColumn::ObtainedAt:
        column = QStringLiteral("obtained_at");
        break;
    case SortColumn::Size:
        column = QStringLiteral("size");
        break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction;
}
