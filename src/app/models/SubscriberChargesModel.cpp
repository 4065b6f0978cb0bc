#include "SubscriberChargesModel.h"

#include "export/XlsxTable.h"

#include "format/NaturalOrder.h"

#include <algorithm>

void SubscriberChargesModel::setCharges(const QList<SubscriberCharge> &charges)
{
    beginResetModel();
    m_charges = charges;
    QSet<QString> known;
    for (const SubscriberCharge &charge : charges)
        known.insert(charge.subscriberId);
    m_checked.intersect(known);
    endResetModel();
    emit checkedChanged();
}

QStringList SubscriberChargesModel::checkedSubscriberIds() const
{
    QStringList ids;
    for (const SubscriberCharge &charge : checkedCharges())
        ids.append(charge.subscriberId);
    return ids;
}

QList<SubscriberCharge> SubscriberChargesModel::checkedCharges() const
{
    QList<SubscriberCharge> checked;
    std::copy_if(m_charges.cbegin(), m_charges.cend(), std::back_inserter(checked),
                 [this](const SubscriberCharge &charge) { return m_checked.contains(charge.subscriberId); });
    return checked;
}

int SubscriberChargesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_charges.size());
}

int SubscriberChargesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriberChargesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_charges.size())
        return {};
    const SubscriberCharge &charge = m_charges.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == NumberColumn)
        return m_checked.contains(charge.subscriberId) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == AmountColumn)
        return charge.amount.minorUnits();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return charge.number;
    case LabelColumn:
        return charge.label;
    case AmountColumn:
        return charge.amount.toDisplayString();
    default:
        return {};
    }
}

bool SubscriberChargesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NumberColumn)
        return false;
    const QString id = m_charges.at(index.row()).subscriberId;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags SubscriberChargesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NumberColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant SubscriberChargesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case LabelColumn:
        return tr("Subscriber");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

void SubscriberChargesModel::sort(int column, Qt::SortOrder order)
{
    // Numbers as numbers: 12 before 114, whatever their length.
    const auto less = [column](const SubscriberCharge &a, const SubscriberCharge &b) {
        switch (column) {
        case AmountColumn:
            return a.amount.minorUnits() < b.amount.minorUnits();
        case LabelColumn:
            return NaturalOrder::less(a.label, b.label);
        default:
            return NaturalOrder::less(a.number, b.number);
        }
    };
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> idsBefore;
    for (const QModelIndex &index : before)
        idsBefore.append(m_charges.at(index.row()).subscriberId);
    std::stable_sort(m_charges.begin(), m_charges.end(), [&](const SubscriberCharge &a, const SubscriberCharge &b) {
        return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto row = std::find_if(m_charges.cbegin(), m_charges.cend(), [&](const SubscriberCharge &charge) {
            return charge.subscriberId == idsBefore.at(i);
        });
        after.append(index(static_cast<int>(row - m_charges.cbegin()), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool SubscriberChargesModel::writeXlsx(const QString &path, const QString &periodTitle, QString *error) const
{
    XlsxTable table(path, periodTitle,
                    {{tr("Number"), XlsxTable::Type::Text}, {tr("Subscriber"), XlsxTable::Type::Text},
                     {tr("Amount"), XlsxTable::Type::Money, true}});
    if (!table.open(int(m_charges.size()), error))
        return false;
    for (const SubscriberCharge &charge : m_charges)
        table.addRow({charge.number, charge.label, QVariant::fromValue(charge.amount)});
    return table.finish(tr("Total"), error);
}
