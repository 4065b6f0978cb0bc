#include "InstallmentScheduleModel.h"

#include "format/DateText.h"

#include <QBrush>
#include <QColor>

QStringList InstallmentScheduleModel::headers() const
{
    return {tr("Date"), tr("Amount"), tr("Status")};
}

QVariant InstallmentScheduleModel::cell(const InstallmentScheduleEntry &entry, int column, int role) const
{
    const bool overdue = entry.status == InstallmentScheduleEntry::Status::Overdue;
    if (role == Qt::ForegroundRole && overdue && column == StatusColumn)
        return QBrush(QColor(0x8a, 0x10, 0x20));
    if (role == Qt::TextAlignmentRole && column == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn:
        return DateText::day(entry.date);
    case AmountColumn:
        return entry.amount.toDisplayString();
    case StatusColumn:
        return statusText(entry.status);
    default:
        return {};
    }
}

QString InstallmentScheduleModel::statusText(InstallmentScheduleEntry::Status status)
{
    switch (status) {
    case InstallmentScheduleEntry::Status::Paid:
        return tr("Paid");
    case InstallmentScheduleEntry::Status::Due:
        return tr("Due");
    case InstallmentScheduleEntry::Status::Overdue:
        return tr("Overdue");
    }
    return {};
}
