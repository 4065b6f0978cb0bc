#pragma once

#include "RecordTableModel.h"
#include "domain/Installment.h"

#include <QCoreApplication>

// The installment plans as a table: device, total, paid, remaining, next payment.
class InstallmentTableModel : public RecordTableModel<Installment>
{
    Q_DECLARE_TR_FUNCTIONS(InstallmentTableModel)

public:
    enum Column { DeviceColumn, TotalColumn, PaidColumn, RemainingColumn, NextPaymentColumn };

    using RecordTableModel::RecordTableModel;

    // The operator's today: a next payment before it is overdue, and says so.
    void setToday(const QDate &today) { m_today = today; }
    QString nextPaymentText(const Installment &plan) const;
    bool isOverdue(const Installment &plan) const;

protected:
    QStringList headers() const override;
    QVariant cell(const Installment &plan, int column, int role) const override;

private:
    QDate m_today;
};
