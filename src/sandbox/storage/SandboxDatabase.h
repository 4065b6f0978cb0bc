#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace Sandbox {

// The sandbox's SQLite file: opened at the current schema (SandboxSchema), prepared queries, transactions.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    bool open(const QString &path, QString *error);
    bool hasOrganisations() const;

    // Runs a statement with positional bindings; the query is positioned before the first row.
    QSqlQuery run(const QString &sql, const QVariantList &bindings = {}) const;
    // An INSERT or UPDATE that must store something: true only if it ran and changed a row.
    bool write(const QString &sql, const QVariantList &bindings) const;
    bool transaction(const std::function<bool()> &work);

private:
    QString m_connectionName;
};

} // namespace Sandbox
