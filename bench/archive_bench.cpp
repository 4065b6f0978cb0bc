// The archive page at scale: fills an archive with <count> (default 100,000) generated rows, then prints the
// time until the page's model has its first rows, and the time to apply each kind of filter and a sort
// (median of 15 runs each). The goal is under 50 ms each. Rows only: no content files are needed to list them.
// Last, with a small file for every row: the time the app's start spends opening the archive (integrity
// check, files without rows and rows without files), which runs on the GUI thread after the first paint.
//   archive_bench [count]
#include "archive/ArchiveRow.h"
#include "archive/ArchiveTableModel.h"
#include "archive/DocumentArchive.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int Runs = 15;
constexpr double GoalMs = 50.0;

bool fill(const QString &databasePath, int count)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(databasePath);
        ok = db.open() && db.transaction();
        QSqlQuery insert(db);
        insert.prepare(ArchiveRow::insertStatement(false));
        const QStringList accounts = {QStringLiteral("demo@127.0.0.1"), QStringLiteral("buh@127.0.0.1"),
                                      QStringLiteral("office@sip.example")};
        for (int i = 0; ok && i < count; ++i) {
            ArchivedDocument d;
            d.accountId = accounts.at(i % accounts.size());
            d.organisation = i % 3 == 1 ? QStringLiteral("АО «Василек»") : QStringLiteral("ООО «Ромашка»");
            d.contract = QStringLiteral("SIP-2019-%1").arg(i % 3 + 40, 4, 10, QLatin1Char('0'));
            d.period = BillingPeriod(2026, 10).addMonths(-(i % 240));
            d.kind = ArchivedDocument::Kind(i % 3);
            d.number = QStringLiteral("СЧ-%1-%2").arg(d.period.toString()).arg(i, 6, 10, QLatin1Char('0'));
            d.amount = Money(1000000 + (i * 7919) % 9000000, QStringLiteral("RUB"));
            d.obtainedAt = QDateTime(d.period.lastDay(), QTime(10, 0), Qt::UTC).addSecs(i);
            d.size = 180000 + i % 50000;
            d.sha256 = QByteArray(64, 'a');
            d.fileName = QStringLiteral("bench-%1.pdf").arg(i);
            ArchiveRow::bindAll(insert, d, false);
            ok = insert.exec();
        }
        ok = ok && db.commit();
        QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

double medianMs(const std::function<void()> &work, const std::function<void()> &prepare = {})
{
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool createFiles(const DocumentArchive &archive, int count)
{
    for (int i = 0; i < count; ++i) {
        QFile file(archive.pathOf(QStringLiteral("bench-%1.pdf").arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write("%PDF-1.4 bench\n") < 0)
            return false;
    }
    return true;
}

void report(const char *what, double ms, int rows)
{
    std::printf("| %-44s | %8.2f ms | %6d rows | %s |\n", what, ms, rows, ms < GoalMs ? "yes" : "NO");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir home;
    DocumentArchive archive(home.path());
    QString error;
    if (!archive.open(&error) || !fill(archive.databasePath(), count)) {
        std::fprintf(stderr, "archive_bench: could not fill the archive %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Archive page with %d documents (median of %d runs; goal < %.0f ms)\n\n", count, Runs, GoalMs);
    std::printf("| %-44s | %11s | %11s | %s |\n", "operation", "time", "first page", "goal");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(46, '-').constData(), QByteArray(13, '-').constData(),
                QByteArray(13, '-').constData(), "------");

    int rows = 0;
    const double open = medianMs([&] {
        ArchiveTableModel model(&archive);
        model.setFilter(ArchiveFilter());
        rows = model.rowCount();
    });
    report("open the page (model, first rows ready)", open, rows);

    ArchiveTableModel model(&archive);
    model.setFilter(ArchiveFilter());
    const auto apply = [&](const char *what, const ArchiveFilter &filter) {
        // From another text each time, as when the user types: nothing of the previous run is reused.
        ArchiveFilter before;
        before.text = QStringLiteral("before");
        const double ms = medianMs([&] { model.setFilter(filter); }, [&] { model.setFilter(before); });
        report(what, ms, model.rowCount());
    };
    ArchiveFilter filter;
    filter.text = QStringLiteral("сч-2025-03-0012"); // a number being typed: few matches, scans the most
    apply("filter: text (part of a number)", filter);
    filter.text = QStringLiteral("12345");
    apply("filter: text (an amount)", filter);
    filter.text = QStringLiteral("no such document");
    apply("filter: text that matches nothing", filter);
    filter.text = QStringLiteral("ромашка");
    apply("filter: text that matches two thirds", filter);
    filter.text = QStringLiteral("12");
    apply("filter: text of two characters (no index)", filter);
    filter = ArchiveFilter();
    filter.accountId = QStringLiteral("buh@127.0.0.1");
    filter.from = BillingPeriod(2025, 1);
    filter.to = BillingPeriod(2025, 12);
    apply("filter: account + period range", filter);
    filter.kind = ArchivedDocument::Kind::CallDetails;
    apply("filter: account + period range + kind", filter);
    filter = ArchiveFilter();
    filter.sortColumn = ArchiveFilter::SortColumn::Amount;
    filter.descending = false;
    apply("sort by amount", filter);
    std::unique_ptr<ArchiveTableModel> scrolled;
    const double scroll = medianMs([&] { scrolled->fetchMore(QModelIndex()); }, [&] {
        scrolled = std::make_unique<ArchiveTableModel>(&archive);
        scrolled->setFilter(ArchiveFilter());
        for (int page = 0; page < 50; ++page)
            scrolled->fetchMore(QModelIndex());
    });
    report("scroll: the next page after 10,200 rows", scroll, scrolled->rowCount());
    scrolled.reset();
    model.setFilter(ArchiveFilter());

    if (!createFiles(archive, count)) {
        std::fprintf(stderr, "archive_bench: could not write the documents' files\n");
        return 1;
    }
    int documents = 0;
    const double reopen = medianMs([&] {
        DocumentArchive again(home.path());
        QString ignored;
        again.open(&ignored);
        documents = again.count(ArchiveFilter()) - int(again.openReport().damaged.size());
    });
    std::printf("| %-44s | %8.2f ms | %6d docs | %s |\n", "open the archive at start (checks, files)", reopen, documents,
                reopen < 1000.0 ? "yes (< 1 s)" : "NO (< 1 s)");
    return 0;
}
