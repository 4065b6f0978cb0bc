#pragma once

#include "ArchiveFilter.h"
#include "ArchiveSchema.h"
#include "ArchivedDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The local archive of every document obtained: metadata in SQLite (WAL, versioned schema), content as
// files beside it, each checked against its SHA-256 when read. Works with no network at all.
// docs/archive.md explains the storage and why a kill at any moment leaves either the old or the new state.
class DocumentArchive
{
    Q_DECLARE_TR_FUNCTIONS(DocumentArchive)

public:
    static constexpr int SchemaVersion = ArchiveSchema::Version;

    // What open() found and did about it, for telling the user.
    struct OpenReport
    {
        QString corruptCopy;      // where a damaged database was moved; empty when it was healthy
        int recoveredRows = 0;    // rows read back from the damaged database (their files verified)
        int recoveredFiles = 0;   // document files whose row was lost, described again from the file
        int orphansRemoved = 0;   // files left by a write that was interrupted before its row was recorded
        QList<ArchivedDocument> damaged; // rows whose file is gone or no longer matches its SHA-256
        bool wasRebuilt() const { return !corruptCopy.isEmpty(); }
    };

    explicit DocumentArchive(const QString &directory);
    ~DocumentArchive();
    DocumentArchive(const DocumentArchive &) = delete;
    DocumentArchive &operator=(const DocumentArchive &) = delete;

    // Checks the database (quick_check), rebuilds a damaged one, upgrades an old schema, and removes what an
    // interrupted write left behind. False only when the archive cannot be used at all.
    bool open(QString *error);
    const OpenReport &openReport() const { return m_report; }
    bool isOpen() const;
    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString documentsDirectory() const;
    QString pathOf(const QString &fileName) const;

    // Writes the content beside the database and records it, atomically: the file is written as
    // <name>.storing, flushed to disk, checked, renamed into place, and only then the row is committed.
    // The document's size, SHA-256 and (made unique) file name are filled in here.
    std::optional<qint64> store(ArchivedDocument document, const QByteArray &content, QString *error);
    // Records a document whose verified file is already in the documents folder.
    std::optional<qint64> add(const ArchivedDocument &document, QString *error);
    QList<ArchivedDocument> documents() const;
    // One page of the documents that pass the filter, in its order.
    QList<ArchivedDocument> page(const ArchiveFilter &filter, int offset, int limit) const;
    int count(const ArchiveFilter &filter) const;
    QStringList accountIds() const;
    // The account's documents obtained after this moment (an invalid one: all of them).
    int countObtainedSince(const QString &accountId, const QDateTime &since) const;
    std::optional<ArchivedDocument> find(qint64 id) const;
    std::optional<ArchivedDocument> findInvoice(const QString &accountId, const BillingPeriod &period) const;
    // The document with this content (lower-case hex SHA-256), whatever its source: what keeps a document that
    // came again, by another way, from being filed twice.
    std::optional<ArchivedDocument> findBySha256(const QByteArray &sha256) const;
    // The SQL connection of the archive's database, for the tables kept beside the documents (OrderJournal);
    // the archive's thread only.
    QString connectionName() const { return m_connectionName; }
    // True when the file is there and its content still has the recorded SHA-256.
    bool verify(const ArchivedDocument &document) const;
    // The same check on a pool thread, for the GUI: done(ok) runs on the main thread, and not at all once
    // context is gone.
    void verifyInBackground(const ArchivedDocument &document, QObject *context, std::function<void(bool)> done) const;
    // The document's content, read once and checked against its size and SHA-256; nothing when the file is
    // missing or altered (for the preview, opening it, and the month-end pack).
    std::optional<QByteArray> verifiedContent(const ArchivedDocument &document) const;
    // The same for a file at a given path; touches no database, so any thread may call it.
    static std::optional<QByteArray> readVerified(const QString &path, const ArchivedDocument &document);
    // Copies a document out of the archive (for «Сохранить как…»): checked against its SHA-256 on the way,
    // written through QSaveFile, so the destination is either the whole verified copy or left untouched.
    bool exportTo(const ArchivedDocument &document, const QString &destination, QString *error) const;

private:
    bool openConnection(QString *error);
    void closeConnection();
    bool rebuild(QString *error);
    void restore(const QList<ArchivedDocument> &rows);
    void reconcileFiles(bool describeStrays);
    QString uniqueFileName(const QString &wanted) const;
    ArchiveFilter::TextMatch textMatchFor(const ArchiveFilter &filter) const;

    QString m_directory;
    QString m_connectionName;
    OpenReport m_report;
    // The last text's choice of index or scan, so that the pages of one filter do not ask again.
    mutable QString m_lastNeedle;
    mutable ArchiveFilter::TextMatch m_lastMatch = ArchiveFilter::TextMatch::Index;
};
