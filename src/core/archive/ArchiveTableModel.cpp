#include "ArchiveTableModel.h"

#include "format/PeriodTitle.h"
#include "DocumentArchive.h"
#include "format/DataSizeText.h"
#include "format/DateText.h"


ArchiveTableModel::ArchiveTableModel(DocumentArchive *archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{
}

void ArchiveTableModel::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    reload();
}

void ArchiveTableModel::reload()
{
    // One reset that already holds the first page: views never see the empty state in between.
    beginResetModel();
    m_rows.clear();
    m_pagesFetched = 0;
    m_atEnd = !m_archive || !m_archive->isOpen();
    if (!m_atEnd) {
        m_rows = m_archive->page(m_filter, 0, PageSize);
        m_pagesFetched = 1;
        m_atEnd = m_rows.size() < PageSize;
    }
    endResetModel();
}

bool ArchiveTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArchiveTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<ArchivedDocument> page = m_archive->page(m_filter, int(m_rows.size()), PageSize);
    ++m_pagesFetched;
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int ArchiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArchiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveTableModel::kindTitle(ArchivedDocument::Kind kind)
{
    switch (kind) {
    case ArchivedDocument::Kind::Invoice:
        return tr("Invoice");
    case ArchivedDocument::Kind::CallDetails:
        return tr("Call details");
    case ArchivedDocument::Kind::Charges:
        return tr("Charges");
    }
    return {};
}

QString ArchiveTableModel::amountText(const ArchivedDocument &d)
{
    if (!d.amountKnown)
        return d.kind == ArchivedDocument::Kind::Invoice ? tr("not stated in the e-mail") : QString();
    return d.amount.minorUnits() == 0 && d.kind != ArchivedDocument::Kind::Invoice ? QString()
                                                                                   : d.amount.toDisplayString();
}

QString ArchiveTableModel::displayText(const ArchivedDocument &d, int column) const
{
    switch (column) {
    case PeriodColumn:
        return PeriodTitle::of(d.period);
    case KindColumn:
        return kindTitle(d.kind);
    case NumberColumn:
        return d.number;
    case AmountColumn:
        return amountText(d);
    case ContractColumn:
        return d.contract;
    case OrganisationColumn:
        return d.organisation;
    case AccountColumn:
        return d.accountId;
    case ObtainedColumn:
        return DateText::moment(d.obtainedAt);
    case SizeColumn:
        return DataSizeText::of(d.size);
    }
    return {};
}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArchivedDocument &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(d, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return d.id;
    default:
        return {};
    }
}

QVariant ArchiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case KindColumn:
        return tr("Document");
    case NumberColumn:
        return tr("Number");
    case AmountColumn:
        return tr("Amount");
    case ContractColumn:
        return tr("Contract");
    case OrganisationColumn:
        return tr("Organisation");
    case AccountColumn:
        return tr("Account");
    case ObtainedColumn:
        return tr("Obtained");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

void ArchiveTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = ArchiveFilter::SortColumn;
    static const Sort byColumn[ColumnCount] = {Sort::Period,   Sort::Kind,    Sort::Number,
                                               Sort::Amount,   Sort::Contract, Sort::Organisation,
                                               Sort::Account,  Sort::ObtainedAt, Sort::Size};
    if (column < 0 || column >= ColumnCount)
        return;
    ArchiveFilter filter = m_filter;
    filter.sortColumn = byColumn[column];
    filter.descending = order == Qt::DescendingOrder;
    if (filter != m_filter)
        setFilter(filter);
}
