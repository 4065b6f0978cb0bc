#include "MonthEndIndexWorkbook.h"

#include "ArchiveTableModel.h"
#include "export/XlsxTable.h"

#include <QFile>
#include <QTemporaryDir>

std::optional<QByteArray> MonthEndIndexWorkbook::of(const QList<ArchivedDocument> &documents, const QStringList &names,
                                                    QString *error)
{
    // libxlsxwriter writes files only; a private temporary folder holds the workbook until it is read back.
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = scratch.errorString();
        return std::nullopt;
    }
    const QString path = scratch.filePath(QString::fromLatin1(FileName));
    XlsxTable table(path, tr("Documents"),
                    {{tr("File"), XlsxTable::Type::Text}, {tr("Document"), XlsxTable::Type::Text},
                     {tr("Period"), XlsxTable::Type::Text}, {tr("Number"), XlsxTable::Type::Text},
                     {tr("Amount"), XlsxTable::Type::Money, true}, {tr("Contract"), XlsxTable::Type::Text},
                     {tr("Organisation"), XlsxTable::Type::Text}, {tr("Account"), XlsxTable::Type::Text},
                     {tr("Subscriber"), XlsxTable::Type::Text}, {tr("Obtained"), XlsxTable::Type::Date},
                     {tr("SHA-256"), XlsxTable::Type::Text}});
    if (!table.open(int(documents.size()), error))
        return std::nullopt;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const ArchivedDocument &d = documents.at(i);
        table.addRow({names.value(i), ArchiveTableModel::kindTitle(d.kind), d.period.toString(), d.number,
                      d.amountKnown ? QVariant::fromValue(d.amount) : QVariant(), d.contract, d.organisation,
                      d.accountId, d.subscriberNumber, d.obtainedAt.toLocalTime().date(), QString::fromLatin1(d.sha256)});
    }
    if (!table.finish(tr("Total"), error))
        return std::nullopt;
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = written.errorString();
        return std::nullopt;
    }
    return written.readAll();
}
