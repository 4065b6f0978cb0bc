// Fills the app's document archive (in the app's data folder, so XDG_DATA_HOME decides where) with
// <count> small invoice documents, so the start-up benchmark starts with a populated archive.
//   populate_archive <count>
#include "archive/DocumentArchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

namespace {

bool addInvoice(DocumentArchive &archive, int index, QString *error)
{
    const BillingPeriod period = BillingPeriod(2026, 10).addMonths(-(index % 120));
    const QByteArray content = "%PDF-1.4\n% invoice " + QByteArray::number(index) + '\n';
    ArchivedDocument document;
    document.accountId = QStringLiteral("demo@127.0.0.1");
    document.organisation = QStringLiteral("ООО «Ромашка»");
    document.contract = QStringLiteral("SIP-2019-0042");
    document.period = period;
    document.number = QStringLiteral("INV-%1").arg(index, 6, 10, QLatin1Char('0'));
    document.amount = Money(1234500 + index, QStringLiteral("RUB"));
    document.obtainedAt = QDateTime::currentDateTimeUtc();
    document.size = content.size();
    document.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    document.fileName = QStringLiteral("invoice-%1-%2.pdf").arg(period.toString()).arg(index);
    QFile file(archive.pathOf(document.fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = file.errorString();
        return false;
    }
    return archive.add(document, error).has_value();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    // The app's names (src/app/main.cpp), so that this is the archive the app opens.
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Cabinet"));
    QCoreApplication::setApplicationName(QStringLiteral("SIP Cabinet"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;

    DocumentArchive archive(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/archive"));
    QString error;
    if (!archive.open(&error)) {
        std::fprintf(stderr, "populate_archive: %s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        if (!addInvoice(archive, i, &error)) {
            std::fprintf(stderr, "populate_archive: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("populate_archive: %d documents in %s\n", count, qPrintable(archive.directory()));
    return 0;
}
