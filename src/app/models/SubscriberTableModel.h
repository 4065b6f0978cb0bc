#pragma once

#include "RecordTableModel.h"
#include "domain/Subscriber.h"

#include <QCoreApplication>

// The account's SIP subscribers as a table: number, label, status.
class SubscriberTableModel : public RecordTableModel<Subscriber>
{
    Q_DECLARE_TR_FUNCTIONS(SubscriberTableModel)

public:
    enum Column { NumberColumn, LabelColumn, StatusColumn };

    using RecordTableModel::RecordTableModel;

    static QString statusText(Subscriber::Status status);
    int rowOf(const QString &subscriberId) const;

protected:
    QStringList headers() const override;
    QVariant cell(const Subscriber &subscriber, int column, int role) const override;
};
