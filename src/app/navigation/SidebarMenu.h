#pragma once

#include "PageId.h"

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

signals:
    void pageSelected(PageId id);
    void pageActivated(PageId id);

private:
    void populate();
    QTreeWidgetItem *itemFor(PageId id) const;

    QTreeWidget *m_tree;
};
