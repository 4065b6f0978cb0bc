#include "SubscriberTableModel.h"

QStringList SubscriberTableModel::headers() const
{
    return {tr("Number"), tr("Label"), tr("Status")};
}

QVariant SubscriberTableModel::cell(const Subscriber &subscriber, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case NumberColumn:
        return subscriber.number;
    case LabelColumn:
        return subscriber.label;
    case StatusColumn:
        return statusText(subscriber.status);
    default:
        return {};
    }
}

QString SubscriberTableModel::statusText(Subscriber::Status status)
{
    switch (status) {
    case Subscriber::Status::Active:
        return tr("Active");
    case Subscriber::Status::Blocked:
        return tr("Blocked");
    case Subscriber::Status::Suspended:
        return tr("Suspended");
    }
    return {};
}

int SubscriberTableModel::rowOf(const QString &subscriberId) const
{
    for (int row = 0; row < records().size(); ++row) {
        if (records().at(row).id == subscriberId)
            return row;
    }
    return -1;
}
