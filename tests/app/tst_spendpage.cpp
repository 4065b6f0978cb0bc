// «Расходы» against the sandbox: a year of invoices fetched and kept, this month so far, the month explained,
// the keyboard and a click leading to the archive, trend lines, the exports read back by independent readers,
// the page offline, and the reconciliation once the month's invoice is formed.
#include "Localization.h"
#include "OperatorPageTesting.h"
#include "format/SpendAnomalyText.h"
#include "models/SpendMonthsModel.h"
#include "pages/SpendPage.h"
#include "session/SessionController.h"
#include "spend/ChargesReconciliation.h"
#include "spend/SpendAnomalies.h"
#include "spend/SpendHistory.h"
#include "spend/SpendHistorySync.h"
#include "widgets/SpendChart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestSpendPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsAYearOfInvoicesAndThisMonthSoFar();
    void explainsTheChosenMonth();
    void keyboardAndClickOpenTheMonthsDocuments();
    void drawsTrendLinesForTheChosenSubscribers();
    void showsOneRowPerOrganisationForAll();
    void exportsTheTableToExcel();
    void savesTheChartAsPngAndSvg();
    void worksFromTheArchiveWithoutTheOperator();
    void picturesThePageForTheDocs();
    void reconcilesTheInvoiceWithTheChargesSeen(); // last: the sandbox forms November's invoice

private:
    SpendChart *chart() const { return m_page->findChild<SpendChart *>(u"chart"_s); }
    QTableView *monthsView() const { return m_page->findChild<QTableView *>(u"monthsView"_s); }
    QListWidget *explanations() const { return m_page->findChild<QListWidget *>(u"explanationList"_s); }
    bool activateAndWaitForSync();
    // filter: the dialog's file type to choose first (-1: the one offered)
    QString saveThrough(const QString &button, const QString &name, int filter = -1);

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<SpendPage> m_page;
    QTemporaryDir m_exports;
};

void TestSpendPage::initTestCase()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
}

void TestSpendPage::cleanupTestCase()
{
    m_logged.reset();
}

void TestSpendPage::init()
{
    m_page = std::make_unique<SpendPage>(m_logged->context());
    m_page->resize(1024, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(activateAndWaitForSync());
}

void TestSpendPage::cleanup()
{
    m_page.reset();
}

bool TestSpendPage::activateAndWaitForSync()
{
    SpendHistorySync *sync = m_logged->context().spendSync;
    QSignalSpy finished(sync, &SpendHistorySync::finished);
    QSignalSpy charges(sync, &SpendHistorySync::chargesKept);
    m_page->activate();
    return (finished.size() > 0 || finished.wait(20000)) && (charges.size() > 0 || charges.wait(20000))
           && finished.constFirst().constFirst().toString().isEmpty();
}

void TestSpendPage::showsAYearOfInvoicesAndThisMonthSoFar()
{
    // The sandbox's clock is 2026-11-25: invoices up to October, and November so far from the charges.
    const auto *model = qobject_cast<SpendMonthsModel *>(monthsView()->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 13);
    QCOMPARE(model->months().constFirst(), BillingPeriod(2025, 11));
    QCOMPARE(model->months().constLast(), BillingPeriod(2026, 11));
    const QJsonArray invoices = operatorGet(*m_logged, u"/invoices"_s).value(u"items"_s).toArray();
    QVERIFY(invoices.size() >= 12);
    for (const QJsonValue &value : invoices) {
        const QJsonObject invoice = value.toObject();
        const int row = int(model->months().indexOf(*BillingPeriod::fromString(invoice.value(u"period"_s).toString())));
        if (row < 0)
            continue;
        QCOMPARE(model->total(row), Money::fromDecimalString(invoice.value(u"amount"_s).toString(), u"RUB"_s)->minorUnits());
    }
    const QJsonObject charges = operatorGet(*m_logged, u"/charges/current"_s);
    QCOMPARE(model->total(12), Money::fromDecimalString(charges.value(u"total"_s).toString(), u"RUB"_s)->minorUnits());

    // The chart draws the same figures, the last month as "so far", and the newest invoice is chosen.
    const SpendChartData &data = chart()->data();
    QCOMPARE(data.months.size(), 13);
    QCOMPARE(data.partialMonth, 12);
    QCOMPARE(data.series.size(), SpendBreakdown::TopRows + 1); // 14 subscribers: eight and the others
    QCOMPARE(chart()->highlightedMonth(), 11);
    QCOMPARE(monthsView()->currentIndex().row(), 11);
    QVERIFY(chart()->accessibleName().contains(SpendAnomalyText::money(model->total(11), u"RUB"_s)));
}

void TestSpendPage::explainsTheChosenMonth()
{
    // October: support's line is about three times its usual month, and the chart marks October.
    const SpendHistory *history = m_logged->context().spendHistory;
    const SpendTable table = history->table({m_logged->accountId()}, BillingPeriod(2026, 10), 13);
    const QList<SpendAnomaly> october = SpendAnomalies::find(table, 12);
    const auto above = std::find_if(october.cbegin(), october.cend(),
                                    [](const SpendAnomaly &a) { return a.kind == SpendAnomaly::Kind::AboveUsual; });
    QVERIFY(above != october.cend());
    QCOMPARE(table.rows.at(above->row).number, u"+74952000107"_s);
    QVERIFY(above->ratio() > 2.5);
    QVERIFY(chart()->data().markedMonths.contains(11));
    QCOMPARE(explanations()->count(), october.size());
    for (int i = 0; i < october.size(); ++i)
        QCOMPARE(explanations()->item(i)->text(), SpendAnomalyText::sentence(october.at(i), table, 12));

    // September, one month to the left: the meeting room's line is new.
    chart()->setFocus();
    QTest::keyClick(chart(), Qt::Key_Left);
    QCOMPARE(chart()->highlightedMonth(), 10);
    QCOMPARE(monthsView()->currentIndex().row(), 10);
    const QList<SpendAnomaly> september = SpendAnomalies::find(table, 11);
    const auto added = std::find_if(september.cbegin(), september.cend(),
                                    [](const SpendAnomaly &a) { return a.kind == SpendAnomaly::Kind::NewSubscriber; });
    QVERIFY(added != september.cend());
    QCOMPARE(table.rows.at(added->row).label, u"Переговорная"_s);
    QCOMPARE(explanations()->count(), september.size());
}

void TestSpendPage::keyboardAndClickOpenTheMonthsDocuments()
{
    QSignalSpy requested(m_page.get(), &MenuPage::archiveRequested);
    chart()->setFocus();
    QTest::keyClick(chart(), Qt::Key_Home);
    QTest::keyClick(chart(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_logged->accountId());
    QCOMPARE(requested.at(0).at(1).value<BillingPeriod>(), BillingPeriod(2025, 11));

    QTest::mouseClick(chart(), Qt::LeftButton, {}, chart()->barRect(5).center().toPoint());
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(1).value<BillingPeriod>(), BillingPeriod(2026, 4));

    // The table's row does the same with Enter.
    monthsView()->setFocus();
    monthsView()->setCurrentIndex(monthsView()->model()->index(2, 0));
    QTest::keyClick(monthsView(), Qt::Key_Return);
    QCOMPARE(requested.size(), 3);
    QCOMPARE(requested.at(2).at(1).value<BillingPeriod>(), BillingPeriod(2026, 1));
}

void TestSpendPage::drawsTrendLinesForTheChosenSubscribers()
{
    auto *style = m_page->findChild<QComboBox *>(u"styleCombo"_s);
    style->setCurrentIndex(1);
    auto *list = m_page->findChild<QListWidget *>(u"subscriberList"_s);
    QVERIFY(list->isVisible());
    QCOMPARE(chart()->data().style, SpendChartData::Style::Lines);
    QCOMPARE(chart()->data().series.size(), 3); // the three costliest at first
    chart()->setHighlightedMonth(5); // the user reads May...
    list->item(5)->setCheckState(Qt::Checked);
    QCOMPARE(chart()->data().series.size(), 4);
    QCOMPARE(chart()->highlightedMonth(), 5); // ...and still does after the chart is redrawn
    QCOMPARE(chart()->data().series.last().name, list->item(5)->text());
    style->setCurrentIndex(0);
    QVERIFY(!list->isVisible());
}

void TestSpendPage::showsOneRowPerOrganisationForAll()
{
    const auto *model = qobject_cast<SpendMonthsModel *>(monthsView()->model());
    QList<qint64> perSubscriber;
    for (int row = 0; row < 12; ++row)
        perSubscriber.append(model->total(row));
    auto *scope = m_page->findChild<QComboBox *>(u"scopeCombo"_s);
    QCOMPARE(scope->currentData().toString(), m_logged->accountId());
    scope->setCurrentIndex(0); // all organisations in the archive: one series each, invoiced months only
    QCOMPARE(chart()->data().series.size(), 1);
    QCOMPARE(chart()->data().series.constFirst().name, m_logged->context().session->accountInfo().organisation.name);
    QCOMPARE(chart()->data().partialMonth, -1);
    QCOMPARE(model->rowCount(), 12);
    for (int row = 0; row < 12; ++row)
        QCOMPARE(model->total(row), perSubscriber.at(row)); // the invoices' totals are the sums of their lines
    QVERIFY(m_page->findChild<QTableWidget *>(u"reconciliationView"_s)->isHidden());
    // Only the totals are explained: the rules about subscribers say nothing of an organisation.
    QVERIFY(explanations()->count() >= 1 && explanations()->count() <= 2);
}

QString TestSpendPage::saveThrough(const QString &button, const QString &name, int filter)
{
    const QString path = m_exports.filePath(name);
    auto *message = m_page->findChild<InlineMessage *>(u"exportMessage"_s);
    message->clear();
    QTest::mouseClick(m_page->findChild<QPushButton *>(button), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_page->findChild<QFileDialog *>()) && dialog->isVisible(); }))
        return {};
    if (filter >= 0) {
        dialog->selectNameFilter(dialog->nameFilters().at(filter));
        emit dialog->filterSelected(dialog->nameFilters().at(filter)); // as the dialog's own combo box does
    }
    // Typed into the name field, as the user would: Qt's own dialog keeps its suggestion over a selectFile()
    // whose name the chosen filter hides.
    auto *nameEdit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    if (!nameEdit)
        return {};
    nameEdit->setText(path);
    static_cast<QDialog *>(dialog)->accept();
    return QTest::qWaitFor([&] { return message->tone() == InlineMessage::Tone::Success && !message->text().isEmpty(); })
               ? path
               : QString();
}

void TestSpendPage::exportsTheTableToExcel()
{
    const QString path = saveThrough(u"excelButton"_s, u"расходы.xlsx"_s);
    QVERIFY(!path.isEmpty());
    QProcess reader;
    reader.start(u"/usr/bin/python3"_s, {QStringLiteral(SIPCABINET_XLSX_READER), path});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QJsonObject sheet = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    const QJsonArray rows = sheet.value(u"rows"_s).toArray();
    const auto *model = qobject_cast<SpendMonthsModel *>(monthsView()->model());
    QCOMPARE(rows.size(), model->rowCount() + 2); // the header, the months, the totals
    QCOMPARE(rows.at(0).toArray().size(), model->columnCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonArray cells = rows.at(row + 1).toArray();
        QCOMPARE(cells.at(0).toObject().value(u"value"_s).toString(), model->monthTitle(row));
        QCOMPARE(cells.at(1).toObject().value(u"type"_s).toString(), u"float"_s);
        QCOMPARE(qRound64(cells.at(1).toObject().value(u"value"_s).toDouble() * 100), model->total(row));
    }
    QCOMPARE(rows.last().toArray().at(1).toObject().value(u"value"_s).toString(),
             u"=SUM(B2:B%1)"_s.arg(model->rowCount() + 1));
    QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A2"_s);
}

void TestSpendPage::savesTheChartAsPngAndSvg()
{
    const QString png = saveThrough(u"saveChartButton"_s, u"chart.png"_s);
    QVERIFY(!png.isEmpty());
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= chart()->width());

    const QString svg = saveThrough(u"saveChartButton"_s, u"chart"_s, 1);
    QVERIFY(!svg.isEmpty());
    QVERIFY(svg.endsWith(u"chart"_s));
    QFile file(svg + u".svg"_s); // the suffix comes from the file type chosen
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QDir(m_exports.path()).entryList(QDir::Files).join(u' ')));
    QVERIFY(file.readAll().contains("<svg"));
}

void TestSpendPage::worksFromTheArchiveWithoutTheOperator()
{
    // Offline or logged out: no owner, no calls; the archive's figures alone.
    PageContext offline = m_logged->context();
    offline.spendSync = nullptr;
    offline.api = nullptr;
    SpendPage page(offline);
    page.activate();
    const auto *model = qobject_cast<SpendMonthsModel *>(page.findChild<QTableView *>(u"monthsView"_s)->model());
    QCOMPARE(model->rowCount(), 13);
    const auto *online = qobject_cast<SpendMonthsModel *>(monthsView()->model());
    for (int row = 0; row < 13; ++row)
        QCOMPARE(model->total(row), online->total(row));
}

void TestSpendPage::reconcilesTheInvoiceWithTheChargesSeen()
{
    // November's invoice is formed on December 1st; the charges the page saw on the 25th are reconciled with it.
    const auto seen = m_logged->context().spendHistory->chargesSeen(m_logged->accountId(), BillingPeriod(2026, 11));
    QVERIFY(seen);
    QVERIFY(m_logged->sandbox().setClock(QDateTime::fromString(u"2026-12-04T09:00:00Z"_s, Qt::ISODate)));
    QVERIFY(activateAndWaitForSync());
    const auto *model = qobject_cast<SpendMonthsModel *>(monthsView()->model());
    QCOMPARE(model->months().at(11), BillingPeriod(2026, 11));
    QCOMPARE(chart()->highlightedMonth(), 11);
    const std::optional<Invoice> invoice = m_logged->context().spendHistory->invoice(m_logged->accountId(), BillingPeriod(2026, 11));
    QVERIFY(invoice);
    const auto differences = ChargesReconciliation::compare(*invoice, seen->charges);
    QVERIFY(!differences.isEmpty());
    auto *view = m_page->findChild<QTableWidget *>(u"reconciliationView"_s);
    QVERIFY(view->isVisible());
    QCOMPARE(view->rowCount(), differences.size());
    QCOMPARE(view->item(0, 3)->text(), SpendAnomalyText::money(differences.at(0).difference(), u"RUB"_s));
    QVERIFY(m_logged->sandbox().setClock(SandboxFixture::defaultNow()));
}

void TestSpendPage::picturesThePageForTheDocs()
{
    QCOMPARE(Localization::install(*qApp, u"ru"_s), u"ru"_s);
    m_page = std::make_unique<SpendPage>(m_logged->context());
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(activateAndWaitForSync());
    QVERIFY(m_page->grab().save(QStringLiteral(SIPCABINET_SCREENSHOT_DIR "/spend-page.png")));
}

QTEST_MAIN(TestSpendPage)
#include "tst_spendpage.moc"
