#pragma once

#include "ArchivedDocument.h"
#include "BillingPeriod.h"

#include <QString>
#include <QVariantList>

#include <optional>

// What the archive page asks for: a text to look for, an account, a period range, a kind, and an order.
// Turned into SQL here, so the filtering happens in SQLite, on its indexes, and never over loaded rows.
struct ArchiveFilter
{
    enum class SortColumn { Period, Account, Contract, Organisation, Kind, Number, Amount, ObtainedAt, Size };

    QString text; // matched against number, period, amount, contract, organisation
    QString accountId;
    std::optional<BillingPeriod> from;
    std::optional<BillingPeriod> to;
    std::optional<ArchivedDocument::Kind> kind;
    SortColumn sortColumn = SortColumn::Period;
    bool descending = true;

    // How the text is looked for: through the trigram index (fast when it matches few rows), or by reading
    // rows in the chosen order until a page is full (fast when it matches many). DocumentArchive chooses.
    enum class TextMatch { Index, Scan };

    // " WHERE ..." (or empty) with its values in order.
    QString whereClause(QVariantList *values, TextMatch match = TextMatch::Index) const;
    // The text as the filter looks for it (trimmed, case-folded).
    QString needle() const { return text.trimmed().toCaseFolded(); }
    static QString ftsPhrase(const QString &needle);
    // " ORDER BY ..." with a tie-breaker, so pages never overlap.
    QString orderClause() const;

    bool operator==(const ArchiveFilter &) const = default;
};
