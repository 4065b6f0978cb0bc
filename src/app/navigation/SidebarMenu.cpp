#include "SidebarMenu.h"

#include "AppIcons.h"
#include "MenuCatalog.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;

PageId pageIdOf(const QTreeWidgetItem *item)
{
    return static_cast<PageId>(item->data(0, PageIdRole).toInt());
}
} // namespace

SidebarMenu::SidebarMenu(QTreeWidget *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
{
    populate();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit pageSelected(pageIdOf(current));
    });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit pageActivated(pageIdOf(item)); });
}

void SidebarMenu::populate()
{
    m_tree->clear();
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    QTreeWidgetItem *parentItem = nullptr;
    for (const MenuEntry &entry : MenuCatalog::entries()) {
        auto *item = entry.parent ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, entry.title);
        item->setIcon(0, AppIcons::named(entry.iconName));
        item->setToolTip(0, entry.description);
        item->setData(0, PageIdRole, static_cast<int>(entry.id));
        item->setData(0, Qt::AccessibleTextRole, entry.title);
        item->setData(0, Qt::AccessibleDescriptionRole, entry.description);
        if (!entry.parent)
            parentItem = item;
    }
    m_tree->expandAll();
}

void SidebarMenu::limitTo(const QList<PageId> &reachable)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        (*it)->setDisabled(!reachable.isEmpty() && !reachable.contains(pageIdOf(*it)));
}

QTreeWidgetItem *SidebarMenu::itemFor(PageId id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (pageIdOf(*it) == id)
            return *it;
    }
    return nullptr;
}

void SidebarMenu::select(PageId id)
{
    if (QTreeWidgetItem *item = itemFor(id))
        m_tree->setCurrentItem(item);
}

void SidebarMenu::focus()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}
