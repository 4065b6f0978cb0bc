#pragma once

#include "ArchivedDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What is done with a damaged archive database: it is detected with SQLite's quick_check, moved aside
// with its journal files (never deleted: it may still matter to someone), and whatever rows it still gives
// up are read back, so that the archive can be rebuilt from them and from the documents folder.
namespace ArchiveRecovery {

// True when the database on this connection passes PRAGMA quick_check.
bool passesQuickCheck(const QString &connectionName);
// Renames archive.sqlite (and its -wal/-shm) to archive.sqlite.corrupt-<time>; returns the new name or empty.
QString moveAside(const QString &databasePath, const QDateTime &now);
// Every row still readable from a damaged file: read forwards until the damage, then backwards up to it.
QList<ArchivedDocument> readableRows(const QString &databasePath);
// A row for a document file whose row was lost: what its name tells (the fetch names files
// contract_period_kind_number…), the rest from the file itself.
ArchivedDocument describeFile(const QString &fileName, const QString &path);

} // namespace ArchiveRecovery
