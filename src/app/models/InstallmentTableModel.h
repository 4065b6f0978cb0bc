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

    static QString nextPaymentText(const Installment &plan);

protected:
    QStringList headers() const override;
    QVariant cell(const Installment &plan, int column, int role) const override;
};
