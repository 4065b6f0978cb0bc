#include "OrganisationsModel.h"

#include "format/MonthCloseText.h"
#include "format/PeriodTitle.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

void OrganisationsModel::setRows(const QList<Row> &rows)
{
    const bool sameAccounts = rows.size() == m_rows.size()
                              && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                            [](const Row &a, const Row &b) { return a.accountId == b.accountId; });
    if (!sameAccounts) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    const bool monthChanged = !m_rows.isEmpty() && rows.constFirst().overview.lastMonth != m_rows.constFirst().overview.lastMonth;
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (monthChanged)
        emit headerDataChanged(Qt::Horizontal, LastInvoiceColumn, LastInvoiceColumn);
}

int OrganisationsModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).accountId == accountId)
            return int(i);
    }
    return -1;
}

QVariant OrganisationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case LoginColumn:
        return tr("Login");
    case BalanceColumn:
        return tr("Balance");
    case OrderingColumn:
        return tr("Ordering");
    case LastInvoiceColumn: {
        // The month just closed is the same for every account of one operator; the first known one names it.
        for (const Row &row : m_rows) {
            if (row.overview.lastMonth.isValid())
                return tr("Invoice for %1").arg(PeriodTitle::inText(row.overview.lastMonth));
        }
        return tr("Last month's invoice");
    }
    case NewDocumentsColumn:
        return tr("New documents");
    case StateColumn:
        return tr("State");
    case CloseColumn:
        return tr("Month close");
    }
    return {};
}

QString OrganisationsModel::stateText(AccountSession::State state, const QString &problem)
{
    switch (state) {
    case AccountSession::State::SignedOut:
        return tr("not signed in");
    case AccountSession::State::SigningIn:
        return tr("signing in…");
    case AccountSession::State::Ready:
        return tr("ready");
    case AccountSession::State::PasswordNeeded:
        return tr("password needed: %1").arg(problem);
    case AccountSession::State::Unreachable:
        return tr("no connection: %1").arg(problem);
    }
    return {};
}

QVariant OrganisationsModel::display(const Row &row, int column) const
{
    switch (column) {
    case OrganisationColumn:
        return row.organisation;
    case LoginColumn:
        return row.login;
    case BalanceColumn:
        return row.balance ? row.balance->toDisplayString() : QString();
    case OrderingColumn:
        return row.state == AccountSession::State::Ready ? MonthCloseText::orderingText(row.overview, row.operatorZone)
                                                         : QString();
    case LastInvoiceColumn:
        return MonthCloseText::lastInvoiceText(row.overview.lastInvoice);
    case NewDocumentsColumn:
        return row.overview.newDocuments > 0 ? QString::number(row.overview.newDocuments) : QString();
    case StateColumn:
        return stateText(row.state, row.problem);
    case CloseColumn:
        return row.close;
    }
    return {};
}

QVariant OrganisationsModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case BalanceColumn:
        return row.balance ? QVariant(row.balance->minorUnits()) : QVariant(std::numeric_limits<qint64>::min());
    case NewDocumentsColumn:
        return row.overview.newDocuments;
    case LastInvoiceColumn:
        return int(row.overview.lastInvoice);
    case StateColumn:
        return int(row.state);
    default:
        return display(row, column);
    }
}

QVariant OrganisationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(row, index.column());
    case Qt::AccessibleTextRole: {
        // A screen reader says something for a cell that shows nothing.
        const QString shown = display(row, index.column()).toString();
        return shown.isEmpty() ? tr("none") : shown;
    }
    case SortRole:
        return sortValue(row, index.column());
    case AccountIdRole:
        return row.accountId;
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn || index.column() == NewDocumentsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        const bool trouble = (index.column() == StateColumn && row.state != AccountSession::State::Ready
                              && row.state != AccountSession::State::SigningIn)
                             || (index.column() == LastInvoiceColumn
                                 && row.overview.lastInvoice == AccountOverview::LastInvoice::Missing)
                             || (index.column() == CloseColumn && row.closeFailed);
        return trouble ? QVariant(QBrush(QColor(0xb0, 0x20, 0x20))) : QVariant();
    }
    default:
        return {};
    }
}
