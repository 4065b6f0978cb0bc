#pragma once

#include "archive/ArchivedDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Which documents a month-end close gets for each organisation, as the user ticks them and as the command
// line names them (invoice, call_details, charges: the archive's own keys).
class MonthCloseDocuments
{
public:
    static QList<ArchivedDocument::Kind> all()
    {
        return {ArchivedDocument::Kind::Invoice, ArchivedDocument::Kind::CallDetails, ArchivedDocument::Kind::Charges};
    }
    // "invoice,call_details"; nothing when a key is unknown or the list is empty.
    static std::optional<QList<ArchivedDocument::Kind>> fromKeys(const QString &commaSeparated);
    static QStringList keysOf(const QList<ArchivedDocument::Kind> &kinds);
};
