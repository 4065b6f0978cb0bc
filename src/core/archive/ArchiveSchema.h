#pragma once

#include <QString>

class QSqlDatabase;
struct ArchivedDocument;

// The archive database's layout and its history: createDb() makes the current schema, upgradeDb() brings any
// earlier version up to it, cumulatively and in one transaction, so a failed upgrade leaves the old file as it was.
namespace ArchiveSchema {

constexpr int Version = 5;

// 0 for a file with no archive in it yet, -1 when it cannot be read.
int versionOf(QSqlDatabase &db);
bool createDb(QSqlDatabase &db, QString *error);
bool upgradeDb(QSqlDatabase &db, int fromVersion, QString *error);

// What the text filter looks in: number, period (both ways of writing it), amount, contract, organisation.
QString searchTextOf(const ArchivedDocument &document);

} // namespace ArchiveSchema
