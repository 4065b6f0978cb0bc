#pragma once

#include "PageId.h"

#include <QList>
#include <QObject>

class QTreeWidget;
class QTreeWidgetItem;

// Fills the sidebar tree from the menu catalog and translates its selection into page ids.
class SidebarMenu : public QObject
{
    Q_OBJECT

public:
    explicit SidebarMenu(QTreeWidget *tree, QObject *parent = nullptr);

    void select(PageId id);
    void focus();
    // Only these entries can be chosen (the others are greyed out); an empty list frees them all.
    void limitTo(const QList<PageId> &reachable);

signals:
    void pageSelected(PageId id);
    void pageActivated(PageId id);

private:
    void populate();
    QTreeWidgetItem *itemFor(PageId id) const;

    QTreeWidget *m_tree;
};
