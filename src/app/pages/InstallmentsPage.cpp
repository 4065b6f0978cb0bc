#include "InstallmentsPage.h"

#include "OperatorDataLoader.h"
#include "api/OperatorApi.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "models/InstallmentScheduleModel.h"
#include "models/InstallmentTableModel.h"
#include "ui_installmentspage.h"
#include "widgets/InlineMessage.h"

#include <QHeaderView>

namespace {

void fitColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
}

} // namespace

InstallmentsPage::InstallmentsPage(const PageContext &context, QWidget *parent)
    : OperatorDataPage(PageId::Installments, context, parent)
    , m_ui(std::make_unique<Ui::InstallmentsPage>())
    , m_plans(new InstallmentTableModel(this))
    , m_schedule(new InstallmentScheduleModel(this))
{
    m_ui->setupUi(this);
    setUpLoading(m_ui->titleLabel, m_ui->descriptionLabel, m_ui->loader, [this] { startLoading(); });
    m_ui->plansView->setModel(m_plans);
    m_ui->scheduleView->setModel(m_schedule);
    fitColumns(m_ui->plansView);
    fitColumns(m_ui->scheduleView);
    m_ui->plansView->setMaximumHeight(m_ui->plansView->verticalHeader()->defaultSectionSize() * 5);
    connect(m_ui->plansView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InstallmentsPage::onPlanChosen);
}

InstallmentsPage::~InstallmentsPage() = default;

void InstallmentsPage::startLoading()
{
    context().api->installments(loader(), loader()->expect<QList<Installment>>(
                                              [this](const QList<Installment> &plans) { showPlans(plans); }));
}

void InstallmentsPage::showPlans(const QList<Installment> &plans)
{
    const QString shownPlan = m_ui->plansView->currentIndex().isValid()
                                  ? m_plans->record(m_ui->plansView->currentIndex().row()).id
                                  : QString();
    m_plans->setToday(context().invoicing->operatorToday());
    m_plans->setRecords(plans);
    m_schedule->setRecords({});
    if (plans.isEmpty()) {
        loader()->message()->showInfo(tr("You have no installment plans."));
        return;
    }
    int row = 0; // after a refresh, stay on the plan the user was looking at
    for (int i = 0; i < plans.size(); ++i) {
        if (plans.at(i).id == shownPlan)
            row = i;
    }
    m_ui->plansView->setCurrentIndex(m_plans->index(row, 0));
}

void InstallmentsPage::onPlanChosen(const QModelIndex &current)
{
    m_schedule->setRecords(current.isValid() ? m_plans->record(current.row()).schedule
                                             : QList<InstallmentScheduleEntry>{});
}
