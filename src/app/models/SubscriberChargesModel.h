#pragma once

#include "domain/SubscriberCharge.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

// The current period's charges per subscriber as a table: number (with a check box to choose the
// subscriber), label, amount; sorts by the amount's value, not its text.
class SubscriberChargesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, LabelColumn, AmountColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setCharges(const QList<SubscriberCharge> &charges);
    const QList<SubscriberCharge> &charges() const { return m_charges; }
    // The checked subscribers' ids, in the table's order.
    QStringList checkedSubscriberIds() const;
    QList<SubscriberCharge> checkedCharges() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The charges in the table's order, with their period in the sheet's name.
    bool writeXlsx(const QString &path, const QString &periodTitle, QString *error) const;

signals:
    void checkedChanged();

private:
    QList<SubscriberCharge> m_charges;
    QSet<QString> m_checked; // by subscriber id, so sorting keeps the choice
};
