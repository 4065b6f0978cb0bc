#include "DocumentArchive.h"

#include "ArchiveRecovery.h"
#include "ArchiveRow.h"
#include "integrity/Sha256.h"
#include "storage/Durability.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <QVariant>

#include <filesystem>

namespace {

const QLatin1String StagingSuffix(".storing");
const QLatin1String DownloadSuffix(".part"); // DocumentDownload's resumable partial files: not ours to remove

} // namespace

DocumentArchive::DocumentArchive(const QString &directory)
    : m_directory(directory)
    , m_connectionName(QStringLiteral("archive-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DocumentArchive::~DocumentArchive()
{
    closeConnection();
}

QString DocumentArchive::databasePath() const
{
    return m_directory + QStringLiteral("/archive.sqlite");
}

QString DocumentArchive::documentsDirectory() const
{
    return m_directory + QStringLiteral("/documents");
}

QString DocumentArchive::pathOf(const QString &fileName) const
{
    return documentsDirectory() + QLatin1Char('/') + fileName;
}

bool DocumentArchive::openConnection(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath());
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void DocumentArchive::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool DocumentArchive::open(QString *error)
{
    m_report = OpenReport();
    if (!QDir().mkpath(documentsDirectory())) {
        *error = tr("the folder %1 could not be created").arg(QDir::toNativeSeparators(documentsDirectory()));
        return false;
    }
    if (!openConnection(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const int version = ArchiveRecovery::passesQuickCheck(m_connectionName) ? ArchiveSchema::versionOf(db) : -1;
    if (version < 0)
        return rebuild(error);
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (version > SchemaVersion) {
        *error = tr("the archive was written by a newer version of the program; update the program to open it");
        closeConnection();
        return false;
    }
    const bool ready = version == 0                ? ArchiveSchema::createDb(db, error)
                       : version < SchemaVersion ? ArchiveSchema::upgradeDb(db, version, error)
                                                 : true;
    if (!ready) {
        closeConnection();
        return false;
    }
    reconcileFiles(false);
    return true;
}

bool DocumentArchive::isOpen() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return db.isValid() && db.isOpen();
}

bool DocumentArchive::rebuild(QString *error)
{
    closeConnection();
    m_report.corruptCopy = ArchiveRecovery::moveAside(databasePath(), QDateTime::currentDateTimeUtc());
    if (m_report.corruptCopy.isEmpty()) {
        *error = tr("the damaged archive database could not be moved aside");
        return false;
    }
    const QList<ArchivedDocument> rows = ArchiveRecovery::readableRows(m_report.corruptCopy);
    if (!openConnection(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery pragmas(db);
    pragmas.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragmas.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (!ArchiveSchema::createDb(db, error))
        return false;
    restore(rows);
    reconcileFiles(true);
    return true;
}

void DocumentArchive::restore(const QList<ArchivedDocument> &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One transaction for speed; without it (it cannot fail on a database just opened) each row commits alone.
    const bool batched = db.transaction();
    QSqlQuery query(db);
    query.prepare(ArchiveRow::insertStatement(true));
    for (const ArchivedDocument &row : rows) {
        ArchiveRow::bindAll(query, row, true);
        if (!query.exec())
            continue;
        ++m_report.recoveredRows;
        if (QFile::exists(pathOf(row.fileName)) && !verify(row))
            m_report.damaged.append(row); // reconcileFiles() reports the missing ones
    }
    if (batched && !db.commit()) {
        qWarning("archive: the recovered rows could not be committed: %ls", qUtf16Printable(db.lastError().text()));
        db.rollback();
        m_report.recoveredRows = 0;
    }
}

// Files without a row are what a write interrupted between its rename and its commit leaves: removed. After a
// rebuild they are documents whose row was lost instead, and are described again from the file.
void DocumentArchive::reconcileFiles(bool describeStrays)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, file_name FROM documents"));
    // Rows whose file has not been seen yet; what is left after the folder's listing has lost its file.
    QHash<QString, qint64> unseen;
    while (query.next())
        unseen.insert(query.value(1).toString(), query.value(0).toLongLong());
    // Unsorted, and without a stat() per file: at 100,000 documents a sorted QDir listing took most of the start.
    QDirIterator files(documentsDirectory(), QDir::Files | QDir::Hidden);
    while (files.hasNext()) {
        const QString name = files.nextFileInfo().fileName();
        if (unseen.remove(name) || name.endsWith(DownloadSuffix))
            continue;
        if (name.endsWith(StagingSuffix) || !describeStrays) {
            QFile::remove(pathOf(name));
            m_report.orphansRemoved += name.endsWith(StagingSuffix) ? 0 : 1;
            continue;
        }
        QString ignored;
        if (add(ArchiveRecovery::describeFile(name, pathOf(name)), &ignored))
            ++m_report.recoveredFiles;
    }
    for (const qint64 id : std::as_const(unseen)) {
        if (const std::optional<ArchivedDocument> row = find(id))
            m_report.damaged.append(*row);
    }
}

QString DocumentArchive::uniqueFileName(const QString &wanted) const
{
    const QString base = wanted.endsWith(QLatin1String(".pdf")) ? wanted.chopped(4) : wanted;
    QString name = wanted;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT 1 FROM documents WHERE file_name = ?"));
    for (int n = 2;; ++n) {
        query.addBindValue(name);
        const bool taken = (query.exec() && query.next()) || QFile::exists(pathOf(name));
        if (!taken)
            return name;
        name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
    }
}

std::optional<qint64> DocumentArchive::store(ArchivedDocument document, const QByteArray &content, QString *error)
{
    document.size = content.size();
    document.sha256 = Sha256::hexOf(content);
    document.fileName = uniqueFileName(document.fileName);
    const QString target = pathOf(document.fileName);
    QFile staging(target + StagingSuffix);
    if (!staging.open(QIODevice::WriteOnly | QIODevice::Truncate) || staging.write(content) != content.size()
        || !Durability::flushToDisk(staging)) {
        *error = staging.errorString();
        staging.remove();
        return std::nullopt;
    }
    staging.close();
    if (Sha256::hexOfFile(staging.fileName()) != document.sha256) {
        *error = tr("the written copy differs from the document (checked by its checksum)");
        staging.remove();
        return std::nullopt;
    }
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(staging.fileName().toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), renameError);
    if (renameError) {
        *error = QString::fromStdString(renameError.message());
        staging.remove();
        return std::nullopt;
    }
    Durability::syncFolder(documentsDirectory());
    const std::optional<qint64> id = add(document, error);
    if (!id)
        QFile::remove(target);
    return id;
}

std::optional<qint64> DocumentArchive::add(const ArchivedDocument &d, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(ArchiveRow::insertStatement(false));
    ArchiveRow::bindAll(query, d, false);
    if (!query.exec()) {
        *error = query.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    m_lastNeedle.clear();
    if (!db.commit()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    return id;
}

QList<ArchivedDocument> DocumentArchive::documents() const
{
    return page(ArchiveFilter(), 0, -1);
}

// A text that many documents contain fills a page within the first rows read in order; one that few contain is
// found at once through the trigram index. Counting up to a bound tells which it is, in a few milliseconds.
ArchiveFilter::TextMatch DocumentArchive::textMatchFor(const ArchiveFilter &filter) const
{
    constexpr int CommonBound = 3000;
    const QString needle = filter.needle();
    if (needle.size() < 3)
        return ArchiveFilter::TextMatch::Scan;
    if (needle == m_lastNeedle)
        return m_lastMatch;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM documents_search WHERE documents_search MATCH ? "
                                 "LIMIT %1)")
                      .arg(CommonBound));
    query.addBindValue(ArchiveFilter::ftsPhrase(needle));
    const bool common = query.exec() && query.next() && query.value(0).toInt() >= CommonBound;
    m_lastNeedle = needle;
    m_lastMatch = common ? ArchiveFilter::TextMatch::Scan : ArchiveFilter::TextMatch::Index;
    return m_lastMatch;
}

QList<ArchivedDocument> DocumentArchive::page(const ArchiveFilter &filter, int offset, int limit) const
{
    QVariantList values;
    const QString where = filter.whereClause(&values, textMatchFor(filter));
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(ArchiveRow::selectColumns() + where + filter.orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<ArchivedDocument> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(ArchiveRow::documentFrom(query));
    return result;
}

int DocumentArchive::count(const ArchiveFilter &filter) const
{
    QVariantList values;
    const QString where = filter.whereClause(&values);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT count(*) FROM documents") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int DocumentArchive::countObtainedSince(const QString &accountId, const QDateTime &since) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT count(*) FROM documents WHERE account_id = ? AND obtained_at > ?"));
    query.addBindValue(accountId);
    // Kept as UTC ISO text, which sorts as time does.
    query.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("")); // not NULL
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QStringList DocumentArchive::accountIds() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QStringList result;
    if (query.exec(QStringLiteral("SELECT DISTINCT account_id FROM documents ORDER BY account_id"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

std::optional<ArchivedDocument> DocumentArchive::find(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(ArchiveRow::selectColumns() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return ArchiveRow::documentFrom(query);
    return std::nullopt;
}

std::optional<ArchivedDocument> DocumentArchive::findInvoice(const QString &accountId, const BillingPeriod &period) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(ArchiveRow::selectColumns()
                  + QStringLiteral(" WHERE account_id = ? AND period = ? AND kind = 'invoice' ORDER BY id DESC"));
    query.addBindValue(accountId);
    query.addBindValue(period.toString());
    if (query.exec() && query.next())
        return ArchiveRow::documentFrom(query);
    return std::nullopt;
}

std::optional<ArchivedDocument> DocumentArchive::findBySha256(const QByteArray &sha256) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(ArchiveRow::selectColumns() + QStringLiteral(" WHERE sha256 = ? ORDER BY id LIMIT 1"));
    query.addBindValue(QString::fromLatin1(sha256));
    if (query.exec() && query.next())
        return ArchiveRow::documentFrom(query);
    return std::nullopt;
}

bool DocumentArchive::verify(const ArchivedDocument &document) const
{
    const QString path = pathOf(document.fileName);
    return QFileInfo(path).size() == document.size && Sha256::hexOfFile(path) == document.sha256;
}

void DocumentArchive::verifyInBackground(const ArchivedDocument &document, QObject *context,
                                         std::function<void(bool)> done) const
{
    QThreadPool::globalInstance()->start([path = pathOf(document.fileName), size = document.size,
                                          sha256 = document.sha256, guard = QPointer<QObject>(context),
                                          done = std::move(done)]() mutable {
        const bool ok = QFileInfo(path).size() == size && Sha256::hexOfFile(path) == sha256;
        // The guard is read on the main thread only, where context lives and dies.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done = std::move(done), ok] {
            if (guard)
                done(ok);
        }, Qt::QueuedConnection);
    });
}

std::optional<QByteArray> DocumentArchive::verifiedContent(const ArchivedDocument &document) const
{
    return readVerified(pathOf(document.fileName), document);
}

std::optional<QByteArray> DocumentArchive::readVerified(const QString &path, const ArchivedDocument &document)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray content = file.readAll();
    if (content.size() != document.size || Sha256::hexOf(content) != document.sha256)
        return std::nullopt;
    return content;
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
    Sha256 hash;
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
    if (copied != document.size || hash.hexResult() != document.sha256) {
        *error = tr("the archived file has been altered since it was obtained (checked by its checksum)");
        target.cancelWriting();
        return false;
    }
    if (!target.commit()) {
        *error = target.errorString();
        return false;
    }
    PrivateFiles::giveUsualPermissions(destination); // the user's copy, not the archive's
    return true;
}
