#pragma once

#include "OperatorDataPage.h"
#include "domain/Installment.h"

#include <memory>

class InstallmentScheduleModel;
class InstallmentTableModel;

namespace Ui {
class InstallmentsPage;
}

// «Информация по рассрочке»: each installment plan (device, total, paid, remaining, next payment) and the
// schedule of the plan chosen in the list.
class InstallmentsPage : public OperatorDataPage
{
    Q_OBJECT

public:
    explicit InstallmentsPage(const PageContext &context, QWidget *parent = nullptr);
    ~InstallmentsPage() override;

private:
    void startLoading();
    void showPlans(const QList<Installment> &plans);
    void onPlanChosen(const QModelIndex &current);

    std::unique_ptr<Ui::InstallmentsPage> m_ui;
    InstallmentTableModel *m_plans;
    InstallmentScheduleModel *m_schedule;
};
