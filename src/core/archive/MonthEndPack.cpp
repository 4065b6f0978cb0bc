#include "MonthEndPack.h"

#include "ArchiveTableModel.h"
#include "DocumentArchive.h"
#include "export/CsvWriter.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace {

bool writeWhole(QFileDevice &file, const QByteArray &content)
{
    return file.write(content) == content.size();
}

} // namespace

MonthEndPack::MonthEndPack(const QString &documentsDirectory, const ExportNameTemplate &names)
    : m_documentsDirectory(documentsDirectory)
    , m_names(names)
{
}

QByteArray MonthEndPack::indexOf(const QList<ArchivedDocument> &documents, const QStringList &names)
{
    // In the user's language and spreadsheet dialect: a double-click in a Russian Excel gives columns.
    CsvWriter csv(CsvWriter::Dialect::forLocale(QLocale()));
    csv.addRecord({tr("file"), tr("kind"), tr("period"), tr("number"), tr("amount"), tr("currency"), tr("contract"),
                   tr("organisation"), tr("account"), tr("subscriber"), tr("obtained_at"), tr("size"), tr("sha256")});
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const ArchivedDocument &d = documents.at(i);
        csv.addRecord({names.value(i), ArchiveTableModel::kindTitle(d.kind), d.period.toString(), d.number,
                       d.amountKnown ? csv.number(d.amount.toDecimalString()) : QString(),
                       d.amount.currency(), d.contract, d.organisation, d.accountId, d.subscriberNumber,
                       d.obtainedAt.toUTC().toString(Qt::ISODate), QString::number(d.size),
                       QString::fromLatin1(d.sha256)});
    }
    return csv.toUtf8();
}

QList<ArchivedDocument> MonthEndPack::withoutRepeats(const QList<ArchivedDocument> &documents)
{
    // Indexed by content and by identity, so that a period of thousands of documents is one pass.
    const auto identityOf = [](const ArchivedDocument &d) {
        return d.number.isEmpty() ? QString()
                                  : QStringList{d.accountId, QString::number(int(d.kind)), d.period.toString(), d.number}
                                        .join(QChar(0x1f));
    };
    QList<ArchivedDocument> kept;
    QHash<QByteArray, qsizetype> byContent;
    QHash<QString, qsizetype> byIdentity;
    for (const ArchivedDocument &document : documents) {
        const QString identity = identityOf(document);
        qsizetype at = byContent.value(document.sha256, -1);
        if (at < 0 && !identity.isEmpty())
            at = byIdentity.value(identity, -1);
        if (at < 0) {
            at = kept.size();
            kept.append(document);
        } else if (document.obtainedAt > kept.at(at).obtainedAt) {
            kept[at] = document;
        }
        byContent.insert(document.sha256, at);
        if (!identity.isEmpty())
            byIdentity.insert(identity, at);
    }
    return kept;
}

MonthEndPack::Result MonthEndPack::write(const QList<ArchivedDocument> &chosen, Format format,
                                         const QString &destination, const Progress &progress) const
{
    if (chosen.isEmpty()) {
        Result result;
        result.error = tr("There are no documents to export.");
        return result;
    }
    const QList<ArchivedDocument> documents = withoutRepeats(chosen);
    const QStringList names = m_names.renderAll(documents);
    Result result = format == Format::Zip ? writeZip(documents, names, destination, progress)
                                          : writeFolder(documents, names, destination, progress);
    result.repeatsLeftOut = int(chosen.size() - documents.size());
    return result;
}

QByteArray MonthEndPack::contentOf(const ArchivedDocument &document, Result *result) const
{
    std::optional<QByteArray> content =
        DocumentArchive::readVerified(m_documentsDirectory + QLatin1Char('/') + document.fileName, document);
    if (!content) {
        result->altered.append(document.number.isEmpty() ? document.fileName : document.number);
        return {};
    }
    return *std::move(content);
}

MonthEndPack::Result MonthEndPack::writeZip(const QList<ArchivedDocument> &documents, const QStringList &names,
                                            const QString &destination, const Progress &progress) const
{
    Result result;
    QSaveFile save(destination);
    if (!save.open(QIODevice::WriteOnly)) {
        result.error = save.errorString();
        return result;
    }
    QuaZip zip(&save);
    zip.setAutoClose(false);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        result.error = tr("The ZIP file could not be created (error %1).").arg(zip.getZipError());
        save.cancelWriting();
        return result;
    }
    auto addEntry = [&zip](const QString &name, const QByteArray &content) {
        QuaZipFile entry(&zip);
        return entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) && entry.write(content) == content.size()
               && (entry.close(), entry.getZipError() == 0);
    };
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QByteArray content = contentOf(documents.at(i), &result);
        if (!result.altered.isEmpty())
            break;
        if (!addEntry(names.at(i), content)) {
            result.error = tr("The ZIP file could not be written: %1").arg(save.errorString());
            break;
        }
        ++result.written;
        if (progress && !progress(int(i + 1), int(documents.size()))) {
            result.cancelled = true;
            break;
        }
    }
    const bool complete = result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled
                          && addEntry(QString::fromLatin1(IndexFileName), indexOf(documents, names));
    zip.close();
    if (!complete || zip.getZipError() != 0 || !save.commit()) {
        save.cancelWriting();
        if (result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled)
            result.error = tr("The ZIP file could not be written: %1").arg(save.errorString());
        return result;
    }
    PrivateFiles::giveUsualPermissions(destination); // the user's export, not the app's own file
    result.ok = true;
    return result;
}

MonthEndPack::Result MonthEndPack::writeFolder(const QList<ArchivedDocument> &documents, const QStringList &names,
                                               const QString &destination, const Progress &progress) const
{
    Result result;
    if (QFileInfo::exists(destination)) {
        result.error = tr("The folder %1 already exists; choose another name.").arg(QDir::toNativeSeparators(destination));
        return result;
    }
    const QString staging = destination + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkpath(staging)) {
        result.error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(staging));
        return result;
    }
    // The user's export, not the app's own files: the usual permissions for where they put it.
    PrivateFiles::giveUsualPermissions(staging);
    auto writeFile = [&staging](const QString &name, const QByteArray &content) {
        const QString path = staging + QLatin1Char('/') + name;
        QSaveFile file(path);
        const bool written = file.open(QIODevice::WriteOnly) && writeWhole(file, content) && file.commit();
        if (written)
            PrivateFiles::giveUsualPermissions(path);
        return written;
    };
    for (qsizetype i = 0; i < documents.size() && result.error.isEmpty(); ++i) {
        const QByteArray content = contentOf(documents.at(i), &result);
        if (!result.altered.isEmpty())
            break;
        if (!writeFile(names.at(i), content))
            result.error = tr("%1 could not be written.").arg(names.at(i));
        else
            ++result.written;
        if (progress && !progress(int(i + 1), int(documents.size()))) {
            result.cancelled = true;
            break;
        }
    }
    const bool complete = result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled
                          && writeFile(QString::fromLatin1(IndexFileName), indexOf(documents, names));
    if (!complete || !QDir().rename(staging, destination)) {
        QDir(staging).removeRecursively();
        if (result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled)
            result.error = tr("The folder %1 could not be written.").arg(QDir::toNativeSeparators(destination));
        return result;
    }
    result.ok = true;
    return result;
}
