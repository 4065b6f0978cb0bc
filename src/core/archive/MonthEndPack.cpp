#include "MonthEndPack.h"

#include "ArchiveTableModel.h"
#include "DocumentArchive.h"
#include "MonthEndIndexWorkbook.h"
#include "export/CsvWriter.h"
#include "storage/Durability.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

#include <filesystem>
#include <system_error>

#include <minizip/zip.h>

namespace {

bool writeWhole(QFileDevice &file, const QByteArray &content)
{
    return file.write(content) == content.size();
}

// index.xlsx beside index.csv, through the pack's own way of adding a file.
template<typename AddFile>
bool addWorkbook(const AddFile &add, const QList<ArchivedDocument> &documents, const QStringList &names,
                 MonthEndPack::Result *result)
{
    QString error;
    const std::optional<QByteArray> workbook = MonthEndIndexWorkbook::of(documents, names, &error);
    if (!workbook) {
        result->error = MonthEndPack::tr("The index for Excel could not be made: %1").arg(error);
        return false;
    }
    return add(QString::fromLatin1(MonthEndIndexWorkbook::FileName), *workbook);
}

} // namespace

MonthEndPack::MonthEndPack(const QString &documentsDirectory, const ExportNameTemplate &names)
    : m_documentsDirectory(documentsDirectory)
    , m_names(names)
{
}

QByteArray MonthEndPack::indexOf(const QList<ArchivedDocument> &documents, const QStringList &names,
                                 bool totalPerOrganisation)
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
    if (totalPerOrganisation) {
        // In the order the organisations first appear; a sum the documents do not state is left out.
        QStringList order;
        QHash<QString, Money> totals;
        for (const ArchivedDocument &d : documents) {
            if (!order.contains(d.organisation))
                order.append(d.organisation);
            // A document with no sum of its own (e-mailed call details) adds nothing, not a sum without a currency.
            if (d.amountKnown && !d.amount.currency().isEmpty()) {
                const Money sum = totals.value(d.organisation, Money(0, d.amount.currency()));
                totals.insert(d.organisation, Money(sum.minorUnits() + d.amount.minorUnits(), sum.currency()));
            }
        }
        for (const QString &organisation : std::as_const(order)) {
            const Money total = totals.value(organisation);
            csv.addRecord({QString(), tr("total for the organisation"), QString(), QString(),
                           totals.contains(organisation) ? csv.number(total.toDecimalString()) : QString(),
                           total.currency(), QString(), organisation, QString(), QString(), QString(), QString(),
                           QString()});
        }
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
    const QStringList names = namesOf(documents);
    Result result = format == Format::Zip ? writeZip(documents, names, destination, progress)
                                          : writeFolder(documents, names, destination, progress);
    result.repeatsLeftOut = int(chosen.size() - documents.size());
    return result;
}

QStringList MonthEndPack::namesOf(const QList<ArchivedDocument> &documents) const
{
    QStringList names = m_names.renderAll(documents);
    if (m_folderPerOrganisation) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const ArchivedDocument &d = documents.at(i);
            const QString folder = ExportNameTemplate::safeFileName(d.organisation.isEmpty() ? d.accountId
                                                                                             : d.organisation);
            names[i] = folder + QLatin1Char('/') + names.at(i);
        }
    }
    return names;
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
    // Written beside its name and renamed when complete, so a ZIP at the destination is always whole.
    const QString part = destination + QStringLiteral(".part");
    zipFile zip = zipOpen64(QFile::encodeName(part).constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        result.error = tr("The ZIP file could not be created.");
        return result;
    }
    auto addEntry = [zip](const QString &name, const QByteArray &content) {
        zip_fileinfo info{};
        const QDateTime now = QDateTime::currentDateTime();
        info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()),
                         uInt(now.date().day()), uInt(now.date().month() - 1), uInt(now.date().year())};
        constexpr uLong Utf8Names = 1 << 11; // the language encoding flag: names are UTF-8 (APPNOTE 4.4.4)
        return zipOpenNewFileInZip4_64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                       Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                       Z_DEFAULT_STRATEGY, nullptr, 0, 0, Utf8Names, 1)
                   == ZIP_OK
               && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK
               && zipCloseFileInZip(zip) == ZIP_OK;
    };
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QByteArray content = contentOf(documents.at(i), &result);
        if (!result.altered.isEmpty())
            break;
        if (!addEntry(names.at(i), content)) {
            result.error = tr("The ZIP file could not be written (the disk may be full).");
            break;
        }
        ++result.written;
        if (progress && !progress(int(i + 1), int(documents.size()))) {
            result.cancelled = true;
            break;
        }
    }
    const bool complete = result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled
                          && addEntry(QString::fromLatin1(IndexFileName), indexOf(documents, names, m_folderPerOrganisation))
                          && addWorkbook(addEntry, documents, names, &result);
    const bool closed = zipClose(zip, nullptr) == ZIP_OK;
    if (complete && closed) {
        QFile written(part);
        const bool flushed = written.open(QIODevice::ReadWrite) && Durability::flushToDisk(written);
        written.close();
        std::error_code renameError;
        std::filesystem::rename(std::filesystem::path(part.toStdU16String()),
                                std::filesystem::path(destination.toStdU16String()), renameError);
        if (flushed && !renameError) {
            Durability::syncFolder(QFileInfo(destination).absolutePath());
            PrivateFiles::giveUsualPermissions(destination); // the user's export, not the app's own file
            result.ok = true;
            return result;
        }
        result.error = renameError ? QString::fromStdString(renameError.message())
                                   : tr("The ZIP file could not be written (the disk may be full).");
    }
    QFile::remove(part);
    if (result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled)
        result.error = tr("The ZIP file could not be written (the disk may be full).");
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
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo::exists(folder)) {
            if (!QDir().mkpath(folder))
                return false;
            PrivateFiles::giveUsualPermissions(folder);
        }
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
                          && writeFile(QString::fromLatin1(IndexFileName), indexOf(documents, names, m_folderPerOrganisation))
                          && addWorkbook(writeFile, documents, names, &result);
    if (!complete || !QDir().rename(staging, destination)) {
        QDir(staging).removeRecursively();
        if (result.error.isEmpty() && result.altered.isEmpty() && !result.cancelled)
            result.error = tr("The folder %1 could not be written.").arg(QDir::toNativeSeparators(destination));
        return result;
    }
    result.ok = true;
    return result;
}
