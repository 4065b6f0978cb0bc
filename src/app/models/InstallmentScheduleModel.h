#pragma once

#include "RecordTableModel.h"
#include "domain/InstallmentScheduleEntry.h"

#include <QCoreApplication>

// One installment plan's schedule as a table: date, amount, status (an overdue entry stands out).
class InstallmentScheduleModel : public RecordTableModel<InstallmentScheduleEntry>
{
    Q_DECLARE_TR_FUNCTIONS(InstallmentScheduleModel)

public:
    enum Column { DateColumn, AmountColumn, StatusColumn };

    using RecordTableModel::RecordTableModel;

    static QString statusText(InstallmentScheduleEntry::Status status);

protected:
    QStringList headers() const override;
    QVariant cell(const InstallmentScheduleEntry &entry, int column, int role) const override;
};
