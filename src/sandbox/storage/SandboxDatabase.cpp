#include "storage/SandboxDatabase.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS organisations (id TEXT PRIMARY KEY, login TEXT UNIQUE NOT NULL,"
    " password_salt BLOB NOT NULL, password_hash BLOB NOT NULL, name TEXT NOT NULL,"
    " contract_number TEXT NOT NULL, taxpayer_number TEXT NOT NULL, address TEXT NOT NULL,"
    " contact_email TEXT NOT NULL, contact_phone TEXT NOT NULL, invoice_prefix TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS subscribers (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " number TEXT NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL,"
    " monthly_fee_kopecks INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS invoices (organisation_id TEXT NOT NULL, period TEXT NOT NULL,"
    " number TEXT NOT NULL, formed_at TEXT NOT NULL, PRIMARY KEY (organisation_id, period))",
    "CREATE TABLE IF NOT EXISTS invoice_lines (organisation_id TEXT NOT NULL,"
    " period TEXT NOT NULL, subscriber_id TEXT NOT NULL, amount_kopecks INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS delivery_settings (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " organisation_id TEXT NOT NULL, method TEXT NOT NULL, address TEXT NOT NULL,"
    " effective_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS payments (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " date TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, method TEXT NOT NULL,"
    " document TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS installments (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " device TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS installment_schedule (installment_id TEXT NOT NULL,"
    " date TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, paid INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS feedback (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " topic TEXT NOT NULL, text TEXT NOT NULL, sent_at TEXT NOT NULL, status TEXT NOT NULL,"
    " attachment_name TEXT)",
    "CREATE TABLE IF NOT EXISTS callback_requests (id TEXT PRIMARY KEY,"
    " organisation_id TEXT NOT NULL, phone TEXT NOT NULL, comment TEXT NOT NULL,"
    " requested_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, idempotency_key TEXT, sent_to TEXT, ordered_at TEXT NOT NULL,"
    " details TEXT NOT NULL)",
};

} // namespace

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
    return createSchema(error);
}

bool SandboxDatabase::createSchema(QString *error)
{
    const bool created = transaction([&] {
        for (const char *statement : schema) {
            if (!run(QString::fromLatin1(statement)).isActive())
                return false;
        }
        return true;
    });
    if (!created)
        *error = QSqlDatabase::database(m_connectionName).lastError().text();
    return created;
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
