#pragma once

#include "ArchivedDocument.h"

#include <QList>
#include <QString>

#include <optional>

// The local archive of every document obtained: metadata in SQLite (WAL, versioned schema), content as
// files beside it, each checked against its SHA-256 when read. Works with no network at all.
class DocumentArchive
{
public:
    static constexpr int SchemaVersion = 1;

    explicit DocumentArchive(const QString &directory);
    ~DocumentArchive();
    DocumentArchive(const DocumentArchive &) = delete;
    DocumentArchive &operator=(const DocumentArchive &) = delete;

    bool open(QString *error);
    bool isOpen() const;
    QString directory() const { return m_directory; }
    QString documentsDirectory() const;
    QString pathOf(const QString &fileName) const;

    // Records a document whose verified file is already in the documents folder.
    std::optional<qint64> add(const ArchivedDocument &document, QString *error);
    QList<ArchivedDocument> documents() const;
    std::optional<ArchivedDocument> find(qint64 id) const;
    std::optional<ArchivedDocument> findInvoice(const QString &accountId, const BillingPeriod &period) const;
    // True when the file is there and its content still has the recorded SHA-256.
    bool verify(const ArchivedDocument &document) const;
    // Copies a document out of the archive (for «Сохранить как…»): checked against its SHA-256 on the way,
    // written through QSaveFile, so the destination is either the whole verified copy or left untouched.
    bool exportTo(const ArchivedDocument &document, const QString &destination, QString *error) const;

private:
    bool createSchema(QString *error);
    bool upgradeSchema(int fromVersion, QString *error);

    QString m_directory;
    QString m_connectionName;
};
