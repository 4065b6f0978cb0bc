#include "ArchiveSchema.h"

#include "ArchivedDocument.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

bool commitOrRollBack(QSqlDatabase &db, QString *error)
{
    if (db.commit())
        return true;
    *error = db.lastError().text();
    db.rollback();
    return false;
}

bool run(QSqlQuery &query, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// The text filter's index: an FTS5 trigram index over search_text, so that any part of a number or an amount
// (three characters or more) is found without reading every row. Kept in step with documents by triggers.
const QStringList &searchIndexStatements()
{
    static const QStringList statements = {
        QStringLiteral("CREATE VIRTUAL TABLE documents_search USING fts5(search_text, content='documents', "
                       "content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN "
                       "INSERT INTO documents_search (rowid, search_text) VALUES (new.id, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN "
                       "INSERT INTO documents_search (documents_search, rowid, search_text) "
                       "VALUES ('delete', old.id, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER documents_search_update AFTER UPDATE OF search_text ON documents BEGIN "
                       "INSERT INTO documents_search (documents_search, rowid, search_text) "
                       "VALUES ('delete', old.id, old.search_text); "
                       "INSERT INTO documents_search (rowid, search_text) VALUES (new.id, new.search_text); END"),
    };
    return statements;
}

bool setVersion(QSqlQuery &query, int version, QString *error)
{
    return run(query,
               {QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '%1')").arg(version)},
               error);
}

// Version 1 -> 2: the page's filters and sort orders get their indexes, the text filter its column, and the
// kinds that are per SIP subscriber (call details, charges) a column for the subscriber.
bool upgradeFrom1(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!run(query,
             {QStringLiteral("ALTER TABLE documents ADD COLUMN subscriber_number TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE documents ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("CREATE INDEX documents_obtained ON documents (obtained_at)"),
              QStringLiteral("CREATE INDEX documents_kind ON documents (kind, period)"),
              QStringLiteral("CREATE INDEX documents_number ON documents (number)"),
              QStringLiteral("CREATE INDEX documents_amount ON documents (amount_minor)")},
             error))
        return false;
    // The search text folds case the way Qt does (SQLite's lower() knows only ASCII), so it is made here.
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT id, number, period, amount_minor, currency, contract, organisation "
                                  "FROM documents"))) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE documents SET search_text = ? WHERE id = ?"));
    while (rows.next()) {
        ArchivedDocument d;
        d.number = rows.value(1).toString();
        d.period = BillingPeriod::fromString(rows.value(2).toString()).value_or(BillingPeriod());
        d.amount = Money(rows.value(3).toLongLong(), rows.value(4).toString());
        d.contract = rows.value(5).toString();
        d.organisation = rows.value(6).toString();
        update.addBindValue(ArchiveSchema::searchTextOf(d));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return run(update, searchIndexStatements(), error)
           && run(update, {QStringLiteral("INSERT INTO documents_search (documents_search) VALUES ('rebuild')")}, error);
}

// The orders placed to e-mail and how far each has come: ordered, sent by the operator (its Date), received
// by mail intake, filed (with the document it became). Kept with the documents, whose rows they point at.
const QStringList &orderStatements()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE orders (order_id TEXT PRIMARY KEY, order_number INTEGER NOT NULL, "
                       "account_id TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, "
                       "subscriber_number TEXT NOT NULL DEFAULT '', invoice_number TEXT NOT NULL DEFAULT '', "
                       "amount_minor INTEGER, currency TEXT NOT NULL DEFAULT '', sent_to TEXT NOT NULL, "
                       "ordered_at TEXT NOT NULL, mailed_at TEXT, received_at TEXT, filed_at TEXT, "
                       "document_id INTEGER)"),
        QStringLiteral("CREATE INDEX orders_match ON orders (account_id, kind, period, ordered_at)"),
        QStringLiteral("CREATE INDEX orders_document ON orders (document_id)"),
    };
    return statements;
}

// Version 2 -> 3: documents that came by e-mail (their origin, and a sum that may be unknown), a lookup by
// SHA-256 so that no document is filed twice whatever its source, and the orders' journal.
bool upgradeFrom2(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    return run(query,
               {QStringLiteral("ALTER TABLE documents ADD COLUMN origin TEXT NOT NULL DEFAULT 'download'"),
                QStringLiteral("ALTER TABLE documents ADD COLUMN amount_known INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("CREATE INDEX documents_sha256 ON documents (sha256)")},
               error)
           && run(query, orderStatements(), error);
}

// What the invoices said, kept as numbers beside their PDFs so that spend history works offline: each regular
// invoice's total and its lines per SIP subscriber, and the last current-period charges seen per subscriber,
// which the invoice of that month is later reconciled against.
const QStringList &spendStatements()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE invoice_totals (account_id TEXT NOT NULL, period TEXT NOT NULL, "
                       "organisation TEXT NOT NULL, number TEXT NOT NULL, amount_minor INTEGER NOT NULL, "
                       "currency TEXT NOT NULL, formed_at TEXT NOT NULL, PRIMARY KEY (account_id, period))"),
        QStringLiteral("CREATE TABLE invoice_lines (account_id TEXT NOT NULL, period TEXT NOT NULL, "
                       "subscriber_id TEXT NOT NULL, subscriber_number TEXT NOT NULL, label TEXT NOT NULL, "
                       "amount_minor INTEGER NOT NULL, PRIMARY KEY (account_id, period, subscriber_id))"),
        QStringLiteral("CREATE TABLE charges_seen (account_id TEXT NOT NULL, period TEXT NOT NULL, "
                       "subscriber_id TEXT NOT NULL, subscriber_number TEXT NOT NULL, label TEXT NOT NULL, "
                       "amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, seen_at TEXT NOT NULL, "
                       "PRIMARY KEY (account_id, period, subscriber_id))"),
    };
    return statements;
}

// Version 3 -> 4: the invoices' numbers (totals and lines per subscriber) and the charges seen.
bool upgradeFrom3(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    return run(query, spendStatements(), error);
}

// Orders asked for while ordering is closed (the 1st to the 3rd), kept until the operator's window opens: each
// with the Idempotency-Key it will be sent with, so a send cut short by a stop goes again as the same order.
const QStringList &queueStatements()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE queued_orders (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id TEXT NOT NULL, "
                       "organisation TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, details TEXT NOT NULL, "
                       "idempotency_key TEXT NOT NULL UNIQUE, queued_at TEXT NOT NULL, send_at TEXT NOT NULL, "
                       "state TEXT NOT NULL, result TEXT NOT NULL DEFAULT '', finished_at TEXT)"),
        QStringLiteral("CREATE INDEX queued_orders_state ON queued_orders (state, send_at)"),
    };
    return statements;
}

// Version 4 -> 5: orders queued for when the operator's window opens.
bool upgradeFrom4(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    return run(query, queueStatements(), error);
}

} // namespace

int ArchiveSchema::versionOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        || !query.next())
        return -1;
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool ArchiveSchema::createDb(QSqlDatabase &db, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const bool ok =
        run(query,
            {QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id TEXT NOT NULL, "
                            "organisation TEXT NOT NULL, contract TEXT NOT NULL, period TEXT NOT NULL, "
                            "number TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, "
                            "kind TEXT NOT NULL, obtained_at TEXT NOT NULL, size INTEGER NOT NULL, "
                            "sha256 TEXT NOT NULL, file_name TEXT NOT NULL UNIQUE, "
                            "subscriber_number TEXT NOT NULL DEFAULT '', search_text TEXT NOT NULL DEFAULT '', "
                            "origin TEXT NOT NULL DEFAULT 'download', amount_known INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX documents_period ON documents (period)"),
             QStringLiteral("CREATE INDEX documents_account ON documents (account_id, period)"),
             QStringLiteral("CREATE INDEX documents_obtained ON documents (obtained_at)"),
             QStringLiteral("CREATE INDEX documents_kind ON documents (kind, period)"),
             QStringLiteral("CREATE INDEX documents_number ON documents (number)"),
             QStringLiteral("CREATE INDEX documents_amount ON documents (amount_minor)"),
             QStringLiteral("CREATE INDEX documents_sha256 ON documents (sha256)")},
            error)
        && run(query, searchIndexStatements(), error) && run(query, orderStatements(), error)
        && run(query, spendStatements(), error) && run(query, queueStatements(), error)
        && setVersion(query, Version, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return commitOrRollBack(db, error);
}

bool ArchiveSchema::upgradeDb(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    // Each step takes the schema from the version before it; a database of any age runs the steps it lacks.
    if (ok && fromVersion < 2)
        ok = upgradeFrom1(db, error);
    if (ok && fromVersion < 3)
        ok = upgradeFrom2(db, error);
    if (ok && fromVersion < 4)
        ok = upgradeFrom3(db, error);
    if (ok && fromVersion < 5)
        ok = upgradeFrom4(db, error);
    QSqlQuery query(db);
    if (ok)
        ok = setVersion(query, Version, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return commitOrRollBack(db, error);
}

QString ArchiveSchema::searchTextOf(const ArchivedDocument &d)
{
    const QString period = d.period.toString(); // 2026-09
    const QString periodRu = period.size() == 7 ? period.mid(5, 2) + QLatin1Char('.') + period.left(4) : QString();
    QStringList words{d.number, period, periodRu};
    if (d.amountKnown) {
        const qint64 minor = d.amount.minorUnits();
        const QString amount =
            QStringLiteral("%1.%2").arg(minor / 100).arg(qAbs(minor % 100), 2, 10, QLatin1Char('0'));
        QString comma = amount;
        comma.replace(QLatin1Char('.'), QLatin1Char(','));
        words << amount << comma;
    }
    words << d.contract << d.organisation << d.subscriberNumber;
    return words.join(QLatin1Char(' ')).toCaseFolded();
}
