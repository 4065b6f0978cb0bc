#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// A read-only table of operator records, one row per record: the derived model names the columns and
// says what each cell shows. SortRole gives a value that sorts right (dates as dates, money as kopecks).
template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    const QList<Record> &records() const { return m_records; }
    const Record &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(headers().size()); }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_records.size())
            return {};
        return cell(m_records.at(index.row()), index.column(), role);
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Record &record, int column, int role) const = 0;

private:
    QList<Record> m_records;
};
