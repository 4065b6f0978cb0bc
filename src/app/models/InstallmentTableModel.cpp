#include "InstallmentTableModel.h"

#include "format/DateText.h"

#include <QColor>


QStringList InstallmentTableModel::headers() const
{
    return {tr("Device"), tr("Total"), tr("Paid"), tr("Remaining"), tr("Next payment")};
}

QVariant InstallmentTableModel::cell(const Installment &plan, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column != DeviceColumn && column != NextPaymentColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == NextPaymentColumn && isOverdue(plan))
        return QColor(0xb0, 0x00, 0x20);
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

bool InstallmentTableModel::isOverdue(const Installment &plan) const
{
    return plan.nextPayment && m_today.isValid() && plan.nextPayment->date < m_today;
}

QString InstallmentTableModel::nextPaymentText(const Installment &plan) const
{
    if (!plan.nextPayment)
        return tr("Paid off");
    if (isOverdue(plan))
        return tr("Overdue: %1, due on %2").arg(plan.nextPayment->amount.toDisplayString(),
                                                 DateText::day(plan.nextPayment->date));
    return tr("%1 on %2").arg(plan.nextPayment->amount.toDisplayString(),
                              DateText::day(plan.nextPayment->date));
}
