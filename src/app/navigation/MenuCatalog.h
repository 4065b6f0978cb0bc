#pragma once

#include "PageId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct MenuEntry
{
    PageId id;
    std::optional<PageId> parent;
    QString key;         // stable, for settings and tests; never shown
    QString title;       // as in the operator's menu
    QString description; // as in the operator's manual
    QString iconName; // see AppIcons
};

// The operator's menu as data: the sidebar, the pages and the settings all read it from here.
class MenuCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MenuCatalog)

public:
    static QList<MenuEntry> entries();
    static MenuEntry entry(PageId id);
    static std::optional<PageId> idForKey(const QString &key);
    static QList<MenuEntry> childrenOf(PageId parent);
};
