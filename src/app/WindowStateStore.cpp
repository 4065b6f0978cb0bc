#include "WindowStateStore.h"

#include "navigation/MenuCatalog.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastPageKey = QStringLiteral("navigation/lastPage");
} // namespace

void WindowStateStore::restoreWindow(QMainWindow *window, QSplitter *splitter) const
{
    const QSettings settings;
    window->restoreGeometry(settings.value(GeometryKey).toByteArray());
    window->restoreState(settings.value(StateKey).toByteArray());
    splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void WindowStateStore::saveWindow(const QMainWindow *window, const QSplitter *splitter) const
{
    QSettings settings;
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(StateKey, window->saveState());
    settings.setValue(SplitterKey, splitter->saveState());
}

std::optional<PageId> WindowStateStore::lastPage() const
{
    const QSettings settings;
    const std::optional<PageId> id = MenuCatalog::idForKey(settings.value(LastPageKey).toString());
    if (id == PageId::Exit)
        return std::nullopt;
    return id;
}

void WindowStateStore::saveLastPage(PageId id) const
{
    QSettings settings;
    settings.setValue(LastPageKey, MenuCatalog::entry(id).key);
}
