#include "SpendMonthsModel.h"

#include "domain/Money.h"
#include "export/XlsxTable.h"
#include "format/PeriodTitle.h"

void SpendMonthsModel::setFigures(const QList<BillingPeriod> &months, const QList<SpendBreakdown::Series> &series,
                                  const QString &currency, int partialMonth)
{
    beginResetModel();
    m_months = months;
    m_series = series;
    m_currency = currency;
    m_partialMonth = partialMonth;
    endResetModel();
}

qint64 SpendMonthsModel::total(int row) const
{
    qint64 sum = 0;
    for (const SpendBreakdown::Series &series : m_series)
        sum += series.values.value(row);
    return sum;
}

QString SpendMonthsModel::monthTitle(int row) const
{
    const QString title = PeriodTitle::of(m_months.value(row));
    return row == m_partialMonth ? tr("%1 (so far)").arg(title) : title;
}

std::optional<qint64> SpendMonthsModel::amount(int row, int column) const
{
    if (column == TotalColumn)
        return total(row);
    if (column >= FirstSeriesColumn && column - FirstSeriesColumn < m_series.size())
        return m_series.at(column - FirstSeriesColumn).values.value(row);
    return std::nullopt;
}

int SpendMonthsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int SpendMonthsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + int(m_series.size());
}

QVariant SpendMonthsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const std::optional<qint64> value = amount(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MonthColumn)
            return monthTitle(index.row());
        return value ? Money(*value, m_currency).toDisplayString() : QString();
    case AmountRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MonthColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SpendMonthsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == MonthColumn)
        return tr("Month");
    if (section == TotalColumn)
        return tr("Total");
    return m_series.value(section - FirstSeriesColumn).name;
}

bool SpendMonthsModel::writeXlsx(const QString &path, QString *error) const
{
    QList<XlsxTable::Column> columns{{tr("Month"), XlsxTable::Type::Text}, {tr("Total"), XlsxTable::Type::Money, true}};
    for (const SpendBreakdown::Series &series : m_series)
        columns.append({series.name, XlsxTable::Type::Money, true});
    XlsxTable table(path, tr("Spend"), columns);
    if (!table.open(rowCount(), error))
        return false;
    for (int row = 0; row < rowCount(); ++row) {
        QVariantList cells{monthTitle(row), QVariant::fromValue(Money(total(row), m_currency))};
        for (const SpendBreakdown::Series &series : m_series)
            cells.append(QVariant::fromValue(Money(series.values.value(row), m_currency)));
        table.addRow(cells);
    }
    return table.finish(tr("Total"), error);
}
