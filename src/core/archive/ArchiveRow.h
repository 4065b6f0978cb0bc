#pragma once

#include "ArchivedDocument.h"

#include <QString>

class QSqlQuery;

// How a document row is read from and written to SQL, shared by the archive and its recovery.
namespace ArchiveRow {

// The columns every schema version has, in the order documentFrom() reads them.
QString selectColumns();
ArchivedDocument documentFrom(const QSqlQuery &query);
// Binds every column of an INSERT made by insertStatement(), in its order.
QString insertStatement(bool withId);
void bindAll(QSqlQuery &query, const ArchivedDocument &document, bool withId);

} // namespace ArchiveRow
