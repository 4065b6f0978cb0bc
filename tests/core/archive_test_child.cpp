// Not a test: the other process the archive tests need.
//   archive_test_child write <dir>   stores documents in a loop until killed (the kill-during-write test)
//   archive_test_child lock <dir>    claims the archive's lock and prints owned / raised / silent
#include "archive/ArchiveLock.h"
#include "archive/DocumentArchive.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

int writeForever(const QString &directory)
{
    DocumentArchive archive(directory);
    QString error;
    if (!archive.open(&error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        ArchivedDocument d;
        d.accountId = QStringLiteral("demo@127.0.0.1");
        d.organisation = QStringLiteral("ООО «Ромашка»");
        d.contract = QStringLiteral("SIP-2019-0042");
        d.period = BillingPeriod(2026, 1 + i % 12);
        d.number = QStringLiteral("INV-%1").arg(i);
        d.amount = Money(100000 + i, QStringLiteral("RUB"));
        d.obtainedAt = QDateTime::currentDateTimeUtc();
        d.fileName = QStringLiteral("kill_%1.pdf").arg(i);
        // Big enough that a kill often lands in the middle of writing the file.
        const QByteArray content = "%PDF-1.4\n" + QByteArray(256 * 1024 + i % 4096, char('a' + i % 26)) + "\n%%EOF\n";
        if (!archive.store(d, content, &error)) {
            std::fprintf(stderr, "store: %s\n", qPrintable(error));
            return 1;
        }
    }
}

int claimLock(const QString &directory)
{
    ArchiveLock lock(directory);
    switch (lock.claim()) {
    case ArchiveLock::Claim::Owned:
        std::puts("owned");
        break;
    case ArchiveLock::Claim::RaisedOwner:
        std::puts("raised");
        break;
    case ArchiveLock::Claim::OwnerSilent:
        std::puts("silent");
        break;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString directory = QString::fromLocal8Bit(argv[2]);
    return mode == QLatin1String("write") ? writeForever(directory) : claimLock(directory);
}
