#include "ArchiveRecovery.h"

#include "ArchiveRow.h"
#include "integrity/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

void readInOrder(QSqlDatabase &db, const QString &order, QList<ArchivedDocument> *rows, QSet<qint64> *seen)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A file of an older version lacks the later columns; its rows are read with those it has.
    if (!query.exec(ArchiveRow::selectColumns() + QStringLiteral(" ORDER BY id ") + order)
        && !query.exec(ArchiveRow::selectColumns(ArchiveRow::Columns::EveryVersion) + QStringLiteral(" ORDER BY id ")
                       + order))
        return;
    while (query.next()) {
        const ArchivedDocument document = ArchiveRow::documentFrom(query);
        if (seen->contains(document.id))
            break; // met the rows read from the other end
        seen->insert(document.id);
        rows->append(document);
    }
}

} // namespace

bool ArchiveRecovery::passesQuickCheck(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return false;
    return query.value(0).toString() == QLatin1String("ok");
}

QString ArchiveRecovery::moveAside(const QString &databasePath, const QDateTime &now)
{
    const QString aside = databasePath + QStringLiteral(".corrupt-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(databasePath, aside))
        return {};
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFile::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, aside + suffix);
    }
    return aside;
}

QList<ArchivedDocument> ArchiveRecovery::readableRows(const QString &databasePath)
{
    const QString name = QStringLiteral("archive-recovery-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<ArchivedDocument> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSet<qint64> seen;
            readInOrder(db, QStringLiteral("ASC"), &rows, &seen);
            readInOrder(db, QStringLiteral("DESC"), &rows, &seen);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

ArchivedDocument ArchiveRecovery::describeFile(const QString &fileName, const QString &path)
{
    ArchivedDocument d;
    d.fileName = fileName;
    const QFileInfo info(path);
    d.obtainedAt = info.lastModified().toUTC();
    d.size = info.size();
    d.sha256 = Sha256::hexOfFile(path);
    static const QRegularExpression named(
        QStringLiteral("^(.+?)_(\\d{4}-\\d{2})_(invoice|call_details|charges)_(.+?)(?:_job-[0-9A-Za-z]*)?\\.pdf$"));
    const QRegularExpressionMatch match = named.match(fileName);
    if (match.hasMatch()) {
        d.contract = match.captured(1);
        d.period = BillingPeriod::fromString(match.captured(2)).value_or(BillingPeriod());
        d.kind = ArchivedDocument::kindFromKey(match.captured(3));
        d.number = match.captured(4);
    } else {
        d.number = info.completeBaseName();
        d.period = BillingPeriod(d.obtainedAt.date().year(), d.obtainedAt.date().month());
    }
    return d;
}
