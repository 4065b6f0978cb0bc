#pragma once

#include <QString>

class QSqlDatabase;

namespace Sandbox {

// The sandbox database's layout and its history. The demo operator keeps its database in the user's data
// between runs, so a newer sandbox must read an older file: create() makes the current schema, upgrade()
// brings any earlier version up to it, cumulatively and in one transaction (a failed upgrade leaves the file
// as it was), and a file from a newer sandbox is refused rather than damaged.
namespace SandboxSchema {

// 1: the first sandbox's tables, written before the file carried a version (user_version 0).
// 2: indexes for the per-organisation queries (delivery history, orders, invoice lines).
// 3: invoice-document jobs, so that a job outlives a stop of the operator as a real operator's would.
// 4: the operator's answers to feedback messages.
constexpr int Version = 4;

// 0 for an empty file, -1 when it cannot be read.
int versionOf(QSqlDatabase &db);
bool create(QSqlDatabase &db, QString *error);
bool upgrade(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace SandboxSchema

} // namespace Sandbox
