#pragma once

#include "ArchivedDocument.h"
#include "ExportNameTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The month-end pack for the auditor: chosen documents copied out of the archive into a folder or a ZIP file,
// named by the user's template, with index.csv saying what is inside. Every document is checked against its
// SHA-256 on the way; the pack appears whole or not at all (a ZIP through QSaveFile, a folder written
// under a temporary name and renamed). Touches files only, never the database: it may run on a worker thread.
class MonthEndPack
{
    Q_DECLARE_TR_FUNCTIONS(MonthEndPack)

public:
    enum class Format { Folder, Zip };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;              // for the user, when !ok
        QStringList altered;        // documents whose content no longer matches their SHA-256
        int written = 0;
        int repeatsLeftOut = 0;     // the same document obtained more than once goes in once
    };

    // Called after each document; returning false cancels the pack.
    using Progress = std::function<bool(int done, int total)>;

    static constexpr const char *IndexFileName = "index.csv";

    MonthEndPack(const QString &documentsDirectory, const ExportNameTemplate &names);

    // A folder per organisation inside the pack (the month-end close of many), and the index with a total
    // for each organisation.
    void setFolderPerOrganisation(bool on) { m_folderPerOrganisation = on; }

    Result write(const QList<ArchivedDocument> &documents, Format format, const QString &destination,
                 const Progress &progress = {}) const;
    // Each document once: a second copy of the same content, or the same document (account, kind, period and
    // number) obtained again, is left out; of two, the one obtained last stays.
    static QList<ArchivedDocument> withoutRepeats(const QList<ArchivedDocument> &documents);
    // The CSV index: one line per document, with the name it has inside the pack.
    static QByteArray indexOf(const QList<ArchivedDocument> &documents, const QStringList &names,
                              bool totalPerOrganisation = false);

private:
    Result writeZip(const QList<ArchivedDocument> &documents, const QStringList &names, const QString &destination,
                    const Progress &progress) const;
    Result writeFolder(const QList<ArchivedDocument> &documents, const QStringList &names,
                       const QString &destination, const Progress &progress) const;
    // The verified content of a document, or empty (with the document noted in result) when it was altered.
    QByteArray contentOf(const ArchivedDocument &document, Result *result) const;

    QStringList namesOf(const QList<ArchivedDocument> &documents) const;

    QString m_documentsDirectory;
    ExportNameTemplate m_names;
    bool m_folderPerOrganisation = false;
};
