#include "InstallmentTableModel.h"

#include "format/DateText.h"


QStringList InstallmentTableModel::headers() const
{
    return {tr("Device"), tr("Total"), tr("Paid"), tr("Remaining"), tr("Next payment")};
}

QVariant InstallmentTableModel::cell(const Installment &plan, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column != DeviceColumn && column != NextPaymentColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DeviceColumn:
        return plan.device;
    case TotalColumn:
        return plan.total.toDisplayString();
    case PaidColumn:
        return plan.paid.toDisplayString();
    case RemainingColumn:
        return plan.remaining.toDisplayString();
    case NextPaymentColumn:
        return nextPaymentText(plan);
    default:
        return {};
    }
}

QString InstallmentTableModel::nextPaymentText(const Installment &plan)
{
    if (!plan.nextPayment)
        return tr("Paid off");
    return tr("%1 on %2").arg(plan.nextPayment->amount.toDisplayString(),
                              DateText::day(plan.nextPayment->date));
}
