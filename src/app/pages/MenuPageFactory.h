#pragma once

#include "PageContext.h"
#include "navigation/PageId.h"

class MenuPage;
class QWidget;

// Makes the working page of each function of the menu from the shared context; functions without one
// are shown with the manual's description by the main window.
class MenuPageFactory
{
public:
    explicit MenuPageFactory(const PageContext &context);

    MenuPage *create(PageId id, QWidget *parent) const;

private:
    PageContext m_context;
};
