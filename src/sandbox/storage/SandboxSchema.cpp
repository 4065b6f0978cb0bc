#include "storage/SandboxSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;

namespace Sandbox::SandboxSchema {

namespace {

// Version 1, as the first sandbox wrote it; never edited, only added to by later steps.
const QStringList version1 = {
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
    u"CREATE TABLE organisations (id TEXT PRIMARY KEY, login TEXT UNIQUE NOT NULL,"
    " password_salt BLOB NOT NULL, password_hash BLOB NOT NULL, name TEXT NOT NULL,"
    " contract_number TEXT NOT NULL, taxpayer_number TEXT NOT NULL, address TEXT NOT NULL,"
    " contact_email TEXT NOT NULL, contact_phone TEXT NOT NULL, invoice_prefix TEXT NOT NULL)"_s,
    u"CREATE TABLE subscribers (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " number TEXT NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL,"
    " monthly_fee_kopecks INTEGER NOT NULL)"_s,
    u"CREATE TABLE invoices (organisation_id TEXT NOT NULL, period TEXT NOT NULL,"
    " number TEXT NOT NULL, formed_at TEXT NOT NULL, PRIMARY KEY (organisation_id, period))"_s,
    u"CREATE TABLE invoice_lines (organisation_id TEXT NOT NULL,"
    " period TEXT NOT NULL, subscriber_id TEXT NOT NULL, amount_kopecks INTEGER NOT NULL)"_s,
    u"CREATE TABLE delivery_settings (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " organisation_id TEXT NOT NULL, method TEXT NOT NULL, address TEXT NOT NULL,"
    " effective_at TEXT NOT NULL)"_s,
    u"CREATE TABLE payments (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " date TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, method TEXT NOT NULL,"
    " document TEXT NOT NULL)"_s,
    u"CREATE TABLE installments (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " device TEXT NOT NULL)"_s,
    u"CREATE TABLE installment_schedule (installment_id TEXT NOT NULL,"
    " date TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, paid INTEGER NOT NULL)"_s,
    u"CREATE TABLE feedback (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " topic TEXT NOT NULL, text TEXT NOT NULL, sent_at TEXT NOT NULL, status TEXT NOT NULL,"
    " attachment_name TEXT)"_s,
    u"CREATE TABLE callback_requests (id TEXT PRIMARY KEY,"
    " organisation_id TEXT NOT NULL, phone TEXT NOT NULL, comment TEXT NOT NULL,"
    " requested_at TEXT NOT NULL)"_s,
    u"CREATE TABLE orders (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, idempotency_key TEXT, sent_to TEXT, ordered_at TEXT NOT NULL,"
    " details TEXT NOT NULL)"_s,
};

// steps[n] takes version n+1 to version n+2.
const QList<QStringList> steps = {
    {
        u"CREATE INDEX delivery_settings_by_organisation ON delivery_settings (organisation_id, effective_at)"_s,
        u"CREATE INDEX orders_by_organisation ON orders (organisation_id, ordered_at)"_s,
        u"CREATE INDEX invoice_lines_by_period ON invoice_lines (organisation_id, period)"_s,
    },
    {
        u"CREATE TABLE document_jobs (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, period TEXT NOT NULL,"
        " status TEXT NOT NULL, progress INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " file_path TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL DEFAULT '')"_s,
    },
    {
        u"ALTER TABLE feedback ADD COLUMN answer TEXT"_s,
        u"ALTER TABLE feedback ADD COLUMN answered_at TEXT"_s,
    },
};
static_assert(Version >= 1);

bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool setVersion(QSqlDatabase &db, int version, QString *error)
{
    return runAll(db, {u"PRAGMA user_version = %1"_s.arg(version)}, error);
}

// One transaction around the work: all of it, or the file as it was.
bool inTransaction(QSqlDatabase &db, const std::function<bool()> &work, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool applySteps(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (int version = fromVersion; version < Version; ++version) {
        if (!runAll(db, steps.at(version - 1), error))
            return false;
    }
    return setVersion(db, Version, error);
}

} // namespace

int versionOf(QSqlDatabase &db)
{
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next())
        return -1;
    if (const int stored = version.value(0).toInt(); stored > 0)
        return stored;
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'organisations'"_s)
        || !tables.next())
        return -1;
    return tables.value(0).toInt() > 0 ? 1 : 0;
}

bool create(QSqlDatabase &db, QString *error)
{
    Q_ASSERT(steps.size() == Version - 1);
    return inTransaction(db, [&] { return runAll(db, version1, error) && applySteps(db, 1, error); }, error);
}

bool upgrade(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion < 1 || fromVersion > Version) {
        *error = u"cannot upgrade a sandbox database of version %1"_s.arg(fromVersion);
        return false;
    }
    if (fromVersion == Version)
        return true;
    return inTransaction(db, [&] { return applySteps(db, fromVersion, error); }, error);
}

} // namespace Sandbox::SandboxSchema
