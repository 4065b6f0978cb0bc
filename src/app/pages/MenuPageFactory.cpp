#include "MenuPageFactory.h"

#include "MenuPage.h"

MenuPageFactory::MenuPageFactory(const PageContext &context)
    : m_context(context)
{
}

MenuPage *MenuPageFactory::create(PageId id, QWidget *parent) const
{
    switch (id) {
    default:
        break;
    }
    Q_UNUSED(parent);
    return nullptr;
}
