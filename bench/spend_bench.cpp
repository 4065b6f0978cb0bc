// «Расходы» at scale and the Excel export at scale (issue 17):
//  1. an archive with 30 organisations x 13 months x 50 subscribers of invoice lines; the time for the page to
//     show them (activate: read the figures, break them down, explain the month, and paint) after its first
//     paint, for all organisations and for one (median of 7 runs each; goal < 50 ms);
//  2. an Excel export of 100,000 rows through XlsxTable (goal < 2 s), and the peak memory after 10,000 rows
//     against after 100,000 rows (constant-memory mode: the two should be about the same).
//   spend_bench
#include "ProcessMemory.h"
#include "archive/DocumentArchive.h"
#include "export/XlsxTable.h"
#include "pages/PageContext.h"
#include "pages/SpendPage.h"
#include "spend/SpendHistory.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int Organisations = 30;
constexpr int Months = 13;
constexpr int Subscribers = 50;
constexpr int Runs = 7;

bool fill(SpendHistory &history)
{
    QRandomGenerator random(17);
    const BillingPeriod last(2026, 10);
    for (int organisation = 0; organisation < Organisations; ++organisation) {
        const QString account = QStringLiteral("org%1@operator.example").arg(organisation);
        for (int month = 0; month < Months; ++month) {
            Invoice invoice;
            invoice.period = last.addMonths(month - Months + 1);
            invoice.number = QStringLiteral("INV-%1-%2").arg(organisation).arg(invoice.period.toString());
            invoice.formedAt = QDateTime(invoice.period.next().firstDay(), QTime(3, 0), Qt::UTC);
            qint64 total = 0;
            for (int subscriber = 0; subscriber < Subscribers; ++subscriber) {
                const qint64 amount = 30000 + random.bounded(150000) * (subscriber == 7 && month == Months - 1 ? 3 : 1);
                total += amount;
                invoice.lines.append({QStringLiteral("s%1").arg(subscriber),
                                      QStringLiteral("+749520%1").arg(organisation * 100 + subscriber, 5, 10, QLatin1Char('0')),
                                      QStringLiteral("Абонент %1").arg(subscriber), Money(amount, QStringLiteral("RUB"))});
            }
            invoice.amount = Money(total, QStringLiteral("RUB"));
            QString error;
            if (!history.keepInvoice(account, QStringLiteral("ООО «Организация %1»").arg(organisation), invoice, &error)) {
                std::fprintf(stderr, "fill: %s\n", qPrintable(error));
                return false;
            }
        }
    }
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timePage(SpendPage &page, const std::function<void()> &change)
{
    std::vector<double> runs;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        change();
        page.repaint(); // synchronous: the chart and the tables painted
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    return median(runs);
}

void spendPage()
{
    QTemporaryDir home;
    DocumentArchive archive(home.path());
    QString error;
    if (!archive.open(&error)) {
        std::fprintf(stderr, "archive: %s\n", qPrintable(error));
        return;
    }
    SpendHistory history(&archive);
    if (!fill(history))
        return;
    PageContext context;
    context.archive = &archive;
    context.spendHistory = &history;
    SpendPage page(context);
    page.resize(1280, 900);
    page.show();
    while (!page.windowHandle() || !page.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    auto *scope = page.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    const double all = timePage(page, [&] { page.activate(); });
    const double one = timePage(page, [&] { scope->setCurrentIndex(scope->currentIndex() % 29 + 1); });
    std::printf("Spend page, %d organisations x %d months x %d subscribers (%d lines), median of %d:\n",
                Organisations, Months, Subscribers, Organisations * Months * Subscribers, Runs);
    std::printf("  all organisations:  %6.1f ms (goal < 50 ms)\n", all);
    std::printf("  one organisation:   %6.1f ms (goal < 50 ms)\n", one);
}

bool exportRows(const QString &path, int rows, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    XlsxTable table(path, QStringLiteral("Платежи"),
                    {{QStringLiteral("Дата"), XlsxTable::Type::Date}, {QStringLiteral("Организация"), XlsxTable::Type::Text},
                     {QStringLiteral("Номер"), XlsxTable::Type::Text}, {QStringLiteral("Сумма"), XlsxTable::Type::Money, true},
                     {QStringLiteral("Документ"), XlsxTable::Type::Integer}});
    QString error;
    if (!table.open(rows, &error))
        return false;
    for (int i = 0; i < rows; ++i) {
        table.addRow({QDate(2025, 1, 1).addDays(i % 700), QStringLiteral("ООО «Организация %1»").arg(i % 30),
                      QStringLiteral("+7495200%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                      QVariant::fromValue(Money(10000 + (i * 7919) % 900000, QStringLiteral("RUB"))), qint64(i)});
    }
    const bool ok = table.finish(QStringLiteral("Итого"), &error);
    *ms = double(timer.nsecsElapsed()) / 1e6;
    return ok;
}

void excel()
{
    QTemporaryDir dir;
    double small = 0;
    double large = 0;
    const qint64 before = ProcessMemory::peakResidentKb();
    if (!exportRows(dir.filePath(QStringLiteral("10k.xlsx")), 10000, &small))
        return;
    const qint64 afterSmall = ProcessMemory::peakResidentKb();
    if (!exportRows(dir.filePath(QStringLiteral("100k.xlsx")), 100000, &large))
        return;
    const qint64 afterLarge = ProcessMemory::peakResidentKb();
    std::printf("Excel export (XlsxTable, constant memory):\n");
    std::printf("  10,000 rows:   %7.0f ms, peak RSS %lld MiB (from %lld MiB)\n", small, afterSmall / 1024, before / 1024);
    std::printf("  100,000 rows:  %7.0f ms (goal < 2000 ms), peak RSS %lld MiB\n", large, afterLarge / 1024);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    spendPage();
    excel();
    return 0;
}
