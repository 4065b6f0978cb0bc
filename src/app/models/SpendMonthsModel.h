#pragma once

#include "BillingPeriod.h"
#include "spend/SpendBreakdown.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The figures of the spend chart as a table, one row per month: the month, its total and each series. What a
// screen reader reads instead of the picture, and what the Excel export writes.
class SpendMonthsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, TotalColumn, FirstSeriesColumn };
    static constexpr int AmountRole = Qt::UserRole + 1; // minor units, for sorting and exports

    using QAbstractTableModel::QAbstractTableModel;

    // partialMonth: the row of charges so far (-1 when none).
    void setFigures(const QList<BillingPeriod> &months, const QList<SpendBreakdown::Series> &series,
                    const QString &currency, int partialMonth);
    const QList<BillingPeriod> &months() const { return m_months; }
    qint64 total(int row) const;
    QString monthTitle(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool writeXlsx(const QString &path, QString *error) const;

private:
    std::optional<qint64> amount(int row, int column) const;

    QList<BillingPeriod> m_months;
    QList<SpendBreakdown::Series> m_series;
    QString m_currency;
    int m_partialMonth = -1;
};
