#pragma once

#include "navigation/PageId.h"

#include <optional>

class QMainWindow;
class QSplitter;

// Remembers where the user left the window: its geometry, the menu's width and the last page.
class WindowStateStore
{
public:
    void restoreWindow(QMainWindow *window, QSplitter *splitter) const;
    void saveWindow(const QMainWindow *window, const QSplitter *splitter) const;

    std::optional<PageId> lastPage() const;
    void saveLastPage(PageId id) const;
};
