#include "DocumentArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {
QString kindToText(ArchivedDocument::Kind kind)
{
    switch (kind) {
    case ArchivedDocument::Kind::Invoice:
        return QStringLiteral("invoice");
    case ArchivedDocument::Kind::CallDetails:
        return QStringLiteral("call_details");
    case ArchivedDocument::Kind::Charges:
        return QStringLiteral("charges");
    }
    return QStringLiteral("invoice");
}

ArchivedDocument::Kind kindFromText(const QString &text)
{
    if (text == QLatin1String("call_details"))
        return ArchivedDocument::Kind::CallDetails;
    if (text == QLatin1String("charges"))
        return ArchivedDocument::Kind::Charges;
    return ArchivedDocument::Kind::Invoice;
}

const char *SelectColumns = "SELECT id, account_id, organisation, contract, period, number, amount_minor, currency, "
                            "kind, obtained_at, size, sha256, file_name FROM documents";

ArchivedDocument documentFrom(const QSqlQuery &query)
{
    ArchivedDocument d;
    d.id = query.value(0).toLongLong();
    d.accountId = query.value(1).toString();
    d.organisation = query.value(2).toString();
    d.contract = query.value(3).toString();
    d.period = BillingPeriod::fromString(query.value(4).toString()).value_or(BillingPeriod());
    d.number = query.value(5).toString();
    d.amount = Money(query.value(6).toLongLong(), query.value(7).toString());
    d.kind = kindFromText(query.value(8).toString());
    d.obtainedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    d.size = query.value(10).toLongLong();
    d.sha256 = query.value(11).toByteArray();
    d.fileName = query.value(12).toString();
    return d;
}
} // namespace

DocumentArchive::DocumentArchive(const QString &directory)
    : m_directory(directory)
    , m_connectionName(QStringLiteral("archive-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DocumentArchive::~DocumentArchive()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString DocumentArchive::documentsDirectory() const
{
    return m_directory + QStringLiteral("/documents");
}

QString DocumentArchive::pathOf(const QString &fileName) const
{
    return documentsDirectory() + QLatin1Char('/') + fileName;
}

bool DocumentArchive::open(QString *error)
{
    if (!QDir().mkpath(documentsDirectory())) {
        *error = QStringLiteral("cannot create %1").arg(documentsDirectory());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_directory + QStringLiteral("/archive.sqlite"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version == 0)
        return createSchema(error);
    if (version < SchemaVersion)
        return upgradeSchema(version, error);
    if (version > SchemaVersion) {
        *error = QStringLiteral("the archive was written by a newer version (schema %1)").arg(version);
        return false;
    }
    return true;
}

bool DocumentArchive::isOpen() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return db.isValid() && db.isOpen();
}

bool DocumentArchive::createSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    const bool ok =
        query.exec(QStringLiteral(
            "CREATE TABLE documents (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id TEXT NOT NULL, "
            "organisation TEXT NOT NULL, contract TEXT NOT NULL, period TEXT NOT NULL, number TEXT NOT NULL, "
            "amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, kind TEXT NOT NULL, obtained_at TEXT NOT NULL, "
            "size INTEGER NOT NULL, sha256 TEXT NOT NULL, file_name TEXT NOT NULL UNIQUE)"))
        && query.exec(QStringLiteral("CREATE INDEX documents_period ON documents (period)"))
        && query.exec(QStringLiteral("CREATE INDEX documents_account ON documents (account_id, period)"))
        && query.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '%1')")
                          .arg(SchemaVersion));
    if (!ok) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

bool DocumentArchive::upgradeSchema(int fromVersion, QString *error)
{
    // Version 1 is the first; later versions add their steps here, each from the one before.
    *error = QStringLiteral("no upgrade path from schema %1").arg(fromVersion);
    return false;
}

std::optional<qint64> DocumentArchive::add(const ArchivedDocument &d, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO documents (account_id, organisation, contract, period, number, amount_minor, currency, kind, "
        "obtained_at, size, sha256, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(d.accountId), QVariant(d.organisation), QVariant(d.contract), QVariant(d.period.toString()),
          QVariant(d.number), QVariant(d.amount.minorUnits()), QVariant(d.amount.currency()),
          QVariant(kindToText(d.kind)), QVariant(d.obtainedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(d.size),
          QVariant(QString::fromLatin1(d.sha256)), QVariant(d.fileName)})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QList<ArchivedDocument> DocumentArchive::documents() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(QString::fromLatin1(SelectColumns) + QStringLiteral(" ORDER BY period DESC, id DESC"));
    QList<ArchivedDocument> result;
    while (query.next())
        result.append(documentFrom(query));
    return result;
}

std::optional<ArchivedDocument> DocumentArchive::find(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QString::fromLatin1(SelectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return documentFrom(query);
    return std::nullopt;
}

std::optional<ArchivedDocument> DocumentArchive::findInvoice(const QString &accountId, const BillingPeriod &period) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QString::fromLatin1(SelectColumns)
                  + QStringLiteral(" WHERE account_id = ? AND period = ? AND kind = 'invoice' ORDER BY id DESC"));
    query.addBindValue(accountId);
    query.addBindValue(period.toString());
    if (query.exec() && query.next())
        return documentFrom(query);
    return std::nullopt;
}

bool DocumentArchive::verify(const ArchivedDocument &document) const
{
    QFile file(pathOf(document.fileName));
    if (!file.open(QIODevice::ReadOnly) || file.size() != document.size)
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    return hash.result().toHex() == document.sha256;
}

bool DocumentArchive::exportTo(const ArchivedDocument &document, const QString &destination, QString *error) const
{
    QFile source(pathOf(document.fileName));
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    QSaveFile target(destination);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = target.errorString();
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            *error = chunk.isEmpty() ? source.errorString() : target.errorString();
            target.cancelWriting();
            return false;
        }
        hash.addData(chunk);
        copied += chunk.size();
    }
    if (copied != document.size || hash.result().toHex() != document.sha256) {
        *error = QStringLiteral("the archived file no longer matches its SHA-256");
        target.cancelWriting();
        return false;
    }
    if (!target.commit()) {
        *error = target.errorString();
        return false;
    }
    return true;
}
