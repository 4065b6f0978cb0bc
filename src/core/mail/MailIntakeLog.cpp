#include "MailIntakeLog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

constexpr int SchemaVersion = 1;

const QList<std::pair<MailIntakeLog::Outcome, QString>> &outcomeKeys()
{
    using Outcome = MailIntakeLog::Outcome;
    static const QList<std::pair<Outcome, QString>> keys = {
        {Outcome::Filed, QStringLiteral("filed")},
        {Outcome::Duplicate, QStringLiteral("duplicate")},
        {Outcome::NotOperator, QStringLiteral("not_operator")},
        {Outcome::NotRecognised, QStringLiteral("not_recognised")},
        {Outcome::Unreadable, QStringLiteral("unreadable")},
    };
    return keys;
}

QString keyOf(MailIntakeLog::Outcome outcome)
{
    for (const auto &[value, key] : outcomeKeys()) {
        if (value == outcome)
            return key;
    }
    return QString();
}

MailIntakeLog::Outcome outcomeOf(const QString &key)
{
    for (const auto &[value, name] : outcomeKeys()) {
        if (name == key)
            return value;
    }
    return MailIntakeLog::Outcome::Unreadable;
}

// An empty text is stored as one, not as SQL NULL (QString() binds as NULL).
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

MailIntakeLog::MailIntakeLog(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("mail-intake-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

MailIntakeLog::~MailIntakeLog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool MailIntakeLog::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("PRAGMA user_version"), {}, error) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version == SchemaVersion)
        return true;
    if (version != 0) {
        *error = tr("The mail record was written by a newer version of the program.");
        return false;
    }
    db.transaction();
    const bool created =
        run(query, QStringLiteral("CREATE TABLE messages (source TEXT NOT NULL, message_key TEXT NOT NULL, "
                                  "outcome TEXT NOT NULL, reason TEXT NOT NULL, subject TEXT NOT NULL, "
                                  "looked_at TEXT NOT NULL, PRIMARY KEY (source, message_key))"), {}, error)
        && run(query, QStringLiteral("CREATE INDEX messages_outcome ON messages (outcome, looked_at)"), {}, error)
        && run(query, QStringLiteral("CREATE TABLE folders (source TEXT PRIMARY KEY, uid_validity INTEGER NOT NULL, "
                                     "last_uid INTEGER NOT NULL)"), {}, error)
        && run(query, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), {}, error);
    return created ? db.commit() : (db.rollback(), false);
}

bool MailIntakeLog::hasSeen(const QString &source, const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    return run(query, QStringLiteral("SELECT 1 FROM messages WHERE source = ? AND message_key = ?"), {source, key},
               &error)
           && query.next();
}

QSet<QString> MailIntakeLog::seenKeys(const QString &source) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    QString error;
    QSet<QString> keys;
    if (run(query, QStringLiteral("SELECT message_key FROM messages WHERE source = ?"), {source}, &error)) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

bool MailIntakeLog::record(const Entry &entry, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return run(query,
               QStringLiteral("INSERT OR REPLACE INTO messages (source, message_key, outcome, reason, subject, looked_at) "
                              "VALUES (?, ?, ?, ?, ?, ?)"),
               {entry.source, entry.key, keyOf(entry.outcome), notNull(entry.reason), notNull(entry.subject),
                entry.lookedAt.toUTC().toString(Qt::ISODateWithMs)},
               error);
}

bool MailIntakeLog::record(const Entry &entry, qint64 lastUid, QString *error)
{
    // One transaction: the message's outcome and the folder's numbering move together, with one sync.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!record(entry, error) || !setLastUid(entry.source, lastUid, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QList<MailIntakeLog::Entry> MailIntakeLog::notRecognised() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    QList<Entry> entries;
    if (!run(query,
             QStringLiteral("SELECT source, message_key, outcome, reason, subject, looked_at FROM messages "
                            "WHERE outcome IN (?, ?) ORDER BY looked_at DESC"),
             {keyOf(Outcome::NotRecognised), keyOf(Outcome::Unreadable)}, &error))
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(), outcomeOf(query.value(2).toString()),
                        query.value(3).toString(), query.value(4).toString(),
                        QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs)});
    }
    return entries;
}

MailIntakeLog::FolderState MailIntakeLog::folderState(const QString &source) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QString error;
    if (run(query, QStringLiteral("SELECT uid_validity, last_uid FROM folders WHERE source = ?"), {source}, &error)
        && query.next())
        return {query.value(0).toLongLong(), query.value(1).toLongLong()};
    return {};
}

bool MailIntakeLog::startFolder(const QString &source, qint64 uidValidity, QString *error)
{
    if (folderState(source).uidValidity == uidValidity)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    db.transaction();
    const bool reset =
        run(query, QStringLiteral("DELETE FROM messages WHERE source = ?"), {source}, error)
        && run(query, QStringLiteral("INSERT OR REPLACE INTO folders (source, uid_validity, last_uid) VALUES (?, ?, 0)"),
               {source, uidValidity}, error);
    return reset ? db.commit() : (db.rollback(), false);
}

bool MailIntakeLog::setLastUid(const QString &source, qint64 lastUid, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return run(query, QStringLiteral("UPDATE folders SET last_uid = ? WHERE source = ?"), {lastUid, source}, error);
}
