#include "MonthCloseText.h"

#include "archive/ArchiveTableModel.h"

QString MonthCloseText::statusKey(AccountMonthClose::Item::Status status)
{
    using Status = AccountMonthClose::Item::Status;
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Working:
        return QStringLiteral("working");
    case Status::AwaitingMail:
        return QStringLiteral("awaiting_mail");
    case Status::Filed:
        return QStringLiteral("filed");
    case Status::AlreadyFiled:
        return QStringLiteral("already_filed");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString MonthCloseText::statusText(const AccountMonthClose::Item &item)
{
    using Status = AccountMonthClose::Item::Status;
    switch (item.status) {
    case Status::Waiting:
        return tr("waiting");
    case Status::Working:
        return tr("being obtained, %1%").arg(item.percent);
    case Status::AwaitingMail:
        return tr("ordered to e-mail, awaiting the letter");
    case Status::Filed:
        return tr("obtained");
    case Status::AlreadyFiled:
        return tr("already in the archive");
    case Status::Unavailable:
        return tr("not available: %1").arg(item.message);
    case Status::Failed:
        return tr("not obtained: %1").arg(item.message);
    case Status::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString MonthCloseText::itemLine(const AccountMonthClose::Item &item)
{
    return tr("%1: %2").arg(ArchiveTableModel::kindTitle(item.kind), statusText(item));
}
