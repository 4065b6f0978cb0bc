#pragma once

#include "ArchiveFilter.h"
#include "ArchivedDocument.h"

#include <QAbstractTableModel>
#include <QList>

class DocumentArchive;

// The archive page's table: rows come from SQLite a page at a time (canFetchMore/fetchMore), filtered and
// sorted there, so 100,000 documents cost no more to show than 200. A new filter resets to its first page.
class ArchiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, KindColumn, NumberColumn, AmountColumn, ContractColumn, OrganisationColumn,
                  AccountColumn, ObtainedColumn, SizeColumn, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ArchiveTableModel(DocumentArchive *archive, QObject *parent = nullptr);

    void setFilter(const ArchiveFilter &filter);
    const ArchiveFilter &filter() const { return m_filter; }
    // Reads the first page again (after a document was added).
    void reload();
    ArchivedDocument document(int row) const { return m_rows.at(row); }
    int pagesFetched() const { return m_pagesFetched; }

    static QString kindTitle(ArchivedDocument::Kind kind);
    // The sum as the archive shows it: none for call details and charges, "not stated" for an e-mailed
    // invoice whose sum the message did not give.
    static QString amountText(const ArchivedDocument &document);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString displayText(const ArchivedDocument &document, int column) const;

    DocumentArchive *m_archive;
    ArchiveFilter m_filter;
    QList<ArchivedDocument> m_rows;
    bool m_atEnd = true;
    int m_pagesFetched = 0;
};
