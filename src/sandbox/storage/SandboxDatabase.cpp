#include "storage/SandboxDatabase.h"

#include "storage/SandboxSchema.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

SandboxDatabase::SandboxDatabase()
    : m_connectionName(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxDatabase::~SandboxDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    run(u"PRAGMA journal_mode=WAL"_s);
    run(u"PRAGMA foreign_keys=ON"_s);
    const int version = SandboxSchema::versionOf(db);
    if (version < 0) {
        *error = u"%1 is not a sandbox database: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    if (version > SandboxSchema::Version) {
        *error = u"%1 was written by a newer operator sandbox (schema %2; this one knows up to %3)"_s.arg(path)
                     .arg(version)
                     .arg(SandboxSchema::Version);
        return false;
    }
    return version == 0 ? SandboxSchema::create(db, error) : SandboxSchema::upgrade(db, version, error);
}

bool SandboxDatabase::hasOrganisations() const
{
    QSqlQuery query = run(u"SELECT COUNT(*) FROM organisations"_s);
    return query.next() && query.value(0).toInt() > 0;
}

QSqlQuery SandboxDatabase::run(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        qWarning("sandbox SQL failed: %ls: %ls", qUtf16Printable(sql),
                 qUtf16Printable(query.lastError().text()));
    return query;
}

bool SandboxDatabase::write(const QString &sql, const QVariantList &bindings) const
{
    const QSqlQuery query = run(sql, bindings);
    return query.isActive() && query.numRowsAffected() > 0;
}

bool SandboxDatabase::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return false;
    if (!work()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace Sandbox
