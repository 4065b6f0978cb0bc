#pragma once

#include "ArchivedDocument.h"

#include <QString>

class QSqlQuery;

// How a document row is read from and written to SQL, shared by the archive and its recovery.
namespace ArchiveRow {

// Every column of the current schema, or only those every version has (for reading back a damaged file of
// any age), in the order documentFrom() reads them.
enum class Columns { Current, EveryVersion };
QString selectColumns(Columns columns = Columns::Current);
ArchivedDocument documentFrom(const QSqlQuery &query);
// Binds every column of an INSERT made by insertStatement(), in its order.
QString insertStatement(bool withId);
void bindAll(QSqlQuery &query, const ArchivedDocument &document, bool withId);

} // namespace ArchiveRow
