#include "SpendPage.h"

#include "api/OperatorApi.h"
#include "domain/Money.h"
#include "format/DateText.h"
#include "format/PeriodTitle.h"
#include "format/SpendAnomalyText.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "models/SpendMonthsModel.h"
#include "navigation/MenuCatalog.h"
#include "spend/ChargesReconciliation.h"
#include "spend/SpendAnomalies.h"
#include "spend/SpendBreakdown.h"
#include "spend/SpendHistory.h"
#include "spend/SpendHistorySync.h"
#include "storage/PrivateFiles.h"
#include "widgets/FileDialogs.h"
#include "widgets/SpendChart.h"
#include "ui_spendpage.h"

#include <QDir>
#include <QHeaderView>
#include <QSet>
#include <QStandardPaths>

namespace {

constexpr int ChartMonths = 12;
constexpr int TrendRowsAtFirst = 3;
constexpr int RowRole = Qt::UserRole + 1;

enum class ChartStyle { Breakdown, Trend };

} // namespace

SpendPage::SpendPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::SpendPage>())
    , m_context(context)
    , m_months(new SpendMonthsModel(this))
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(PageId::Spend);
    setObjectName(entry.key);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);
    fillChoices();
    m_ui->monthsView->setModel(m_months);
    m_ui->monthsView->verticalHeader()->hide();
    m_ui->reconciliationView->setColumnCount(4);
    m_ui->reconciliationView->setHorizontalHeaderLabels({tr("Subscriber"), tr("Charges seen"), tr("Invoice"), tr("Difference")});
    m_ui->reconciliationView->verticalHeader()->hide();
    m_ui->reconciliationView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->subscriberList->hide();
    m_ui->syncBar->hide();
    m_ui->excelButton->setEnabled(false); // until there are figures to save
    m_ui->saveChartButton->setEnabled(false);
    m_ui->chartSplitter->setStretchFactor(0, 1);
    m_ui->chart->setMoneyFormatter([this](qint64 minor) { return SpendAnomalyText::money(minor, m_table.currency); });

    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &SpendPage::refresh);
    connect(m_ui->styleCombo, &QComboBox::currentIndexChanged, this, &SpendPage::refresh);
    connect(m_ui->subscriberList, &QListWidget::itemChanged, this, &SpendPage::refresh);
    connect(m_ui->chart, &SpendChart::monthHighlighted, this, &SpendPage::showMonth);
    connect(m_ui->chart, &SpendChart::monthActivated, this, &SpendPage::openArchive);
    connect(m_ui->monthsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_ui->chart->highlightedMonth())
                    m_ui->chart->setHighlightedMonth(current.row());
            });
    connect(m_ui->monthsView, &QTableView::activated, this, [this](const QModelIndex &index) { openArchive(index.row()); });
    connect(m_ui->saveChartButton, &QPushButton::clicked, this, &SpendPage::saveChart);
    connect(m_ui->excelButton, &QPushButton::clicked, this, &SpendPage::exportExcel);
    connect(m_ui->menuButton, &QPushButton::clicked, this, &MenuPage::menuRequested);
    wireSync();
}

SpendPage::~SpendPage() = default;

void SpendPage::fillChoices()
{
    m_ui->styleCombo->addItem(tr("by subscriber: the %n largest and the others", nullptr, SpendBreakdown::TopRows),
                              int(ChartStyle::Breakdown));
    m_ui->styleCombo->addItem(tr("trend of the subscribers chosen"), int(ChartStyle::Trend));
}

void SpendPage::wireSync()
{
    SpendHistorySync *sync = m_context.spendSync;
    if (!sync)
        return;
    connect(sync, &SpendHistorySync::started, this, [this] {
        m_ui->syncBar->setRange(0, 0);
        m_ui->syncBar->show();
        m_ui->syncMessage->showInfo(tr("Loading the invoices' figures from the operator…"));
    });
    connect(sync, &SpendHistorySync::progressChanged, this, [this](int done, int total) {
        m_ui->syncBar->setRange(0, total);
        m_ui->syncBar->setValue(done);
    });
    connect(sync, &SpendHistorySync::invoiceKept, this, [this] {
        refreshScopes(); // a new account's first invoice adds it to the choice
        refresh();
    });
    connect(sync, &SpendHistorySync::chargesKept, this, &SpendPage::refresh);
    connect(sync, &SpendHistorySync::finished, this, [this](const QString &problem) {
        m_ui->syncBar->hide();
        if (problem.isEmpty())
            m_ui->syncMessage->clear();
        else
            m_ui->syncMessage->showError(
                tr("Not every invoice's figures were loaded: %1 The page shows what the archive has.").arg(problem));
    });
}

void SpendPage::activate()
{
    refreshScopes();
    refresh();
    if (m_context.spendSync && m_context.spendSync->owner()) {
        m_context.spendSync->sync();
        loadCurrentCharges();
    }
}

void SpendPage::loadCurrentCharges()
{
    m_context.api->currentCharges(this, [this](const ApiResult<CurrentCharges> &result) {
        if (result.isOk())
            m_context.spendSync->keepCharges(result.value()); // refreshes through chargesKept
        else
            m_ui->syncMessage->showError(tr("This month's charges were not loaded: %1").arg(result.error().userMessage()));
    });
}

void SpendPage::refreshScopes()
{
    const std::optional<SpendHistorySync::Owner> owner =
        m_context.spendSync ? m_context.spendSync->owner() : std::nullopt;
    // The choice stays; at first it is the logged-in account, or the only one in the archive.
    const bool first = m_ui->scopeCombo->count() == 0;
    const QString previous = first ? (owner ? owner->accountId : QString()) : chosenAccount();
    const QSignalBlocker blocker(m_ui->scopeCombo);
    m_ui->scopeCombo->clear();
    m_ui->scopeCombo->addItem(tr("all organisations in the archive"), QString());
    if (m_context.spendHistory) {
        for (const SpendHistory::Account &account : m_context.spendHistory->accounts())
            m_ui->scopeCombo->addItem(account.organisation, account.id);
    }
    if (owner && m_ui->scopeCombo->findData(owner->accountId) < 0)
        m_ui->scopeCombo->addItem(owner->organisation, owner->accountId);
    int index = previous.isEmpty() ? (first ? -1 : 0) : m_ui->scopeCombo->findData(previous);
    if (index < 0 && owner)
        index = m_ui->scopeCombo->findData(owner->accountId);
    if (index < 0)
        index = m_ui->scopeCombo->count() == 2 ? 1 : 0;
    m_ui->scopeCombo->setCurrentIndex(index);
}

QString SpendPage::chosenAccount() const
{
    return m_ui->scopeCombo->currentData().toString();
}

void SpendPage::refresh()
{
    if (!m_context.spendHistory)
        return;
    // The month the user is reading stays chosen; one who was on the newest invoice follows a newer one.
    const int highlighted = m_ui->chart->highlightedMonth();
    const std::optional<BillingPeriod> reading =
        highlighted >= 0 && highlighted != lastInvoicedShown() ? std::optional(m_months->months().value(highlighted))
                                                              : std::nullopt;
    loadTable();
    const int shownCount = int(m_table.periods.size()) - m_firstShown;
    showFigures(shownCount);
    m_ui->excelButton->setEnabled(shownCount > 0);
    m_ui->saveChartButton->setEnabled(shownCount > 0);
    if (shownCount == 0) {
        m_ui->explanationTitle->setText(tr("The archive has no invoice figures yet. They are loaded from the "
                                           "operator when you log in; then they stay on this computer."));
        m_ui->explanationList->clear();
        showReconciliation(-1);
        return;
    }
    const int kept = reading ? int(m_months->months().indexOf(*reading)) : -1;
    m_ui->chart->setHighlightedMonth(kept >= 0 ? kept : lastInvoicedShown());
    showMonth(m_ui->chart->highlightedMonth());
}

int SpendPage::lastInvoicedShown() const
{
    // The newest invoiced month is what an accountant asks about first.
    return std::max(m_months->rowCount() - 1 - (m_hasCharges ? 1 : 0), 0);
}

void SpendPage::loadTable()
{
    const QString account = chosenAccount();
    const QStringList ids = account.isEmpty() ? QStringList() : QStringList{account};
    const std::optional<BillingPeriod> newest = m_context.spendHistory->newestPeriod(ids);
    m_perOrganisation = account.isEmpty();
    if (!newest)
        m_table = SpendTable();
    else if (m_perOrganisation)
        m_table = m_context.spendHistory->organisationTable(ids, *newest, SpendHistorySync::KeptMonths);
    else
        m_table = m_context.spendHistory->table(ids, *newest, SpendHistorySync::KeptMonths);
    m_hasCharges = false;
    // Charges seen for the month after the newest invoice are "so far" only while that month runs by the
    // operator's clock; offline, the last ones seen are still the best there is.
    const InvoicingWindowWatcher *invoicing = m_context.invoicing;
    const bool runningMonth = newest && (!invoicing || !invoicing->isKnown() || invoicing->currentPeriod() == newest->next());
    if (runningMonth && !m_perOrganisation) {
        if (const auto seen = m_context.spendHistory->chargesSeen(account, newest->next())) {
            m_table.appendCharges(account, m_ui->scopeCombo->currentText(), seen->charges);
            m_hasCharges = true;
        }
    }
    const int shownCount = std::min<int>(int(m_table.periods.size()), ChartMonths + (m_hasCharges ? 1 : 0));
    m_firstShown = int(m_table.periods.size()) - shownCount;
}

void SpendPage::showFigures(int shownCount)
{
    const bool trend = ChartStyle(m_ui->styleCombo->currentData().toInt()) == ChartStyle::Trend;
    fillSubscriberList(SpendBreakdown::byCost(m_table, m_firstShown, shownCount));
    m_ui->subscriberList->setVisible(trend);
    const QList<SpendBreakdown::Series> series = trend ? SpendBreakdown::rows(m_table, chosenRows(), m_firstShown, shownCount)
                                                       : SpendBreakdown::top(m_table, m_firstShown, shownCount);
    SpendChartData data;
    data.style = trend ? SpendChartData::Style::Lines : SpendChartData::Style::StackedBars;
    QList<BillingPeriod> months;
    for (int i = m_firstShown; i < m_table.periods.size(); ++i) {
        months.append(m_table.periods.at(i));
        data.months.append(PeriodTitle::axisLabel(m_table.periods.at(i)));
        data.monthTitles.append(PeriodTitle::of(m_table.periods.at(i)));
        const bool soFar = m_hasCharges && i == m_table.periods.size() - 1; // a month not over is not judged
        if (!m_perOrganisation && !soFar && SpendAnomalies::hasSubscriberAnomaly(m_table, i))
            data.markedMonths.append(i - m_firstShown);
    }
    for (const SpendBreakdown::Series &s : series)
        data.series.append({s.name, s.values});
    data.partialMonth = m_hasCharges ? shownCount - 1 : -1;
    // The table first: the chart's new highlight signal reads it.
    m_months->setFigures(months, series, m_table.currency, data.partialMonth);
    m_ui->chart->setData(data);
    m_ui->monthsView->resizeColumnsToContents();
}

void SpendPage::fillSubscriberList(const QList<int> &byCost)
{
    QSet<QString> checked;
    for (int i = 0; i < m_ui->subscriberList->count(); ++i) {
        if (m_ui->subscriberList->item(i)->checkState() == Qt::Checked)
            checked.insert(m_ui->subscriberList->item(i)->data(Qt::UserRole).toString());
    }
    const bool first = m_ui->subscriberList->count() == 0;
    const QSignalBlocker blocker(m_ui->subscriberList);
    m_ui->subscriberList->clear();
    for (int order = 0; order < byCost.size(); ++order) {
        const SpendTable::Row &row = m_table.rows.at(byCost.at(order));
        const QString key = row.accountId + QLatin1Char('/') + row.subscriberId;
        auto *item = new QListWidgetItem(SpendAnomalyText::rowName(row), m_ui->subscriberList);
        item->setData(Qt::UserRole, key);
        item->setData(RowRole, byCost.at(order));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState((first ? order < TrendRowsAtFirst : checked.contains(key)) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<int> SpendPage::chosenRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_ui->subscriberList->count(); ++i) {
        if (m_ui->subscriberList->item(i)->checkState() == Qt::Checked)
            rows.append(m_ui->subscriberList->item(i)->data(RowRole).toInt());
    }
    return rows;
}

void SpendPage::showMonth(int shownMonth)
{
    if (shownMonth < 0 || shownMonth >= m_months->rowCount())
        return;
    const QModelIndex index = m_months->index(shownMonth, 0);
    if (m_ui->monthsView->selectionModel()->currentIndex().row() != shownMonth)
        m_ui->monthsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->chart->setAccessibleName(tr("Spend chart: %1, %2")
                                       .arg(m_months->monthTitle(shownMonth),
                                            SpendAnomalyText::money(m_months->total(shownMonth), m_table.currency)));
    showExplanation(m_firstShown + shownMonth);
    showReconciliation(m_firstShown + shownMonth);
}

void SpendPage::showExplanation(int tableMonth)
{
    const BillingPeriod period = m_table.periods.at(tableMonth);
    m_ui->explanationList->clear();
    if (m_hasCharges && tableMonth == m_table.periods.size() - 1) {
        const auto seen = m_context.spendHistory->chargesSeen(chosenAccount(), period);
        m_ui->explanationTitle->setText(tr("%1 so far").arg(PeriodTitle::of(period)));
        if (seen)
            m_ui->explanationList->addItem(tr("Charged from the start of the month until %1: %2.")
                                               .arg(DateText::moment(seen->seenAt), seen->charges.total.toDisplayString()));
        return;
    }
    m_ui->explanationTitle->setText(tr("What changed in %1").arg(PeriodTitle::inText(period)));
    QList<SpendAnomaly> found = SpendAnomalies::find(m_table, tableMonth);
    if (m_perOrganisation) // the rules about subscribers do not apply to organisations, some maybe not synced lately
        found.removeIf([](const SpendAnomaly &anomaly) { return anomaly.isAboutSubscriber(); });
    for (const SpendAnomaly &anomaly : found)
        m_ui->explanationList->addItem(SpendAnomalyText::sentence(anomaly, m_table, tableMonth));
    if (found.isEmpty())
        m_ui->explanationList->addItem(tr("The archive has no month before this one to compare with."));
}

void SpendPage::showReconciliation(int tableMonth)
{
    const QString account = chosenAccount();
    std::optional<Invoice> invoice;
    std::optional<SpendHistory::SeenCharges> seen;
    if (tableMonth >= 0 && !account.isEmpty() && !(m_hasCharges && tableMonth == m_table.periods.size() - 1)) {
        const BillingPeriod period = m_table.periods.at(tableMonth);
        invoice = m_context.spendHistory->invoice(account, period);
        seen = m_context.spendHistory->chargesSeen(account, period);
    }
    m_ui->reconciliationView->setRowCount(0);
    if (!invoice || !seen) {
        m_ui->reconciliationTitle->hide();
        m_ui->reconciliationView->hide();
        return;
    }
    const QList<ChargesReconciliation::Difference> differences = ChargesReconciliation::compare(*invoice, seen->charges);
    m_ui->reconciliationTitle->show();
    m_ui->reconciliationView->setVisible(!differences.isEmpty());
    m_ui->reconciliationTitle->setText(SpendAnomalyText::reconciliationSummary(int(differences.size()), seen->seenAt));
    if (differences.isEmpty())
        return;
    const auto money = [this](const std::optional<qint64> &minor) {
        return minor ? SpendAnomalyText::money(*minor, m_table.currency) : tr("none");
    };
    for (const ChargesReconciliation::Difference &d : differences) {
        const int row = m_ui->reconciliationView->rowCount();
        m_ui->reconciliationView->insertRow(row);
        SpendTable::Row named{account, {}, d.subscriberId, d.number, d.label, {}};
        const QStringList cells{SpendAnomalyText::rowName(named), money(d.seen), money(d.invoiced),
                                SpendAnomalyText::money(d.difference(), m_table.currency)};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->reconciliationView->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void SpendPage::openArchive(int shownMonth)
{
    if (shownMonth >= 0 && shownMonth < m_months->rowCount())
        emit archiveRequested(chosenAccount(), m_months->months().at(shownMonth));
}

QString SpendPage::suggestedPath(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QList<BillingPeriod> &months = m_months->months();
    const QString name = months.isEmpty() ? tr("spend_%1_%2").arg(QString(), QString())
                                          : tr("spend_%1_%2").arg(months.constFirst().toString(), months.constLast().toString());
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void SpendPage::saveChart()
{
    FileDialogs::openSaveAs(this, tr("Save the chart"), suggestedPath(QStringLiteral("png")),
                            {{tr("PNG images (*.png)"), QStringLiteral("png")},
                             {tr("SVG images (*.svg)"), QStringLiteral("svg")}},
                            [this](const QString &path) {
                                QString error;
                                if (!m_ui->chart->saveImage(path, &error)) {
                                    m_ui->exportMessage->showError(tr("The chart could not be saved: %1").arg(error));
                                    return;
                                }
                                PrivateFiles::giveUsualPermissions(path); // the user's export, not the app's own file
                                m_ui->exportMessage->showSuccess(
                                    tr("The chart is saved to %1.").arg(QDir::toNativeSeparators(path)));
                            });
}

void SpendPage::exportExcel()
{
    FileDialogs::openSaveAs(this, tr("Export spend"), suggestedPath(QStringLiteral("xlsx")),
                            {{tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx")}}, [this](const QString &path) {
                                QString error;
                                if (!m_months->writeXlsx(path, &error)) {
                                    m_ui->exportMessage->showError(tr("The file could not be saved: %1").arg(error));
                                    return;
                                }
                                PrivateFiles::giveUsualPermissions(path);
                                m_ui->exportMessage->showSuccess(tr("%n month(s) saved to %1.", nullptr, m_months->rowCount())
                                                                     .arg(QDir::toNativeSeparators(path)));
                            });
}
