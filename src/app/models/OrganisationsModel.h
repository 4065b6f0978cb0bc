#pragma once

#include "close/AccountOverview.h"
#include "domain/Money.h"
#include "session/AccountSession.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

#include <optional>

// «Организации»: one row per remembered account. Rows are updated in place, so the selection and the
// keyboard stay where they were while sessions sign in and a close runs.
class OrganisationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    enum Column { OrganisationColumn, LoginColumn, BalanceColumn, OrderingColumn, LastInvoiceColumn,
                  NewDocumentsColumn, CloseColumn, StateColumn, ColumnCount };

    struct Row
    {
        QString accountId;
        QString login;
        QString organisation;
        AccountSession::State state = AccountSession::State::SignedOut;
        QString problem;
        std::optional<Money> balance;
        AccountOverview overview;
        QTimeZone operatorZone;
        QString close; // its part of the month-end close, when one ran
        bool closeFailed = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The same accounts in the same order change in place; otherwise the table starts over.
    void setRows(const QList<Row> &rows);
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(const QString &accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString stateText(AccountSession::State state, const QString &problem);

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};
