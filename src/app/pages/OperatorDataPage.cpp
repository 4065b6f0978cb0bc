#include "OperatorDataPage.h"

#include "OperatorDataLoader.h"
#include "navigation/MenuCatalog.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

OperatorDataPage::OperatorDataPage(PageId id, const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_id(id)
    , m_context(context)
{
}

void OperatorDataPage::setUpLoading(QLabel *title, QLabel *description, OperatorDataLoader *loader,
                                    std::function<void()> startCalls)
{
    const MenuEntry entry = MenuCatalog::entry(m_id);
    setObjectName(entry.key);
    title->setText(entry.title);
    description->setText(entry.description);
    m_loader = loader;
    m_loader->setLoad(std::move(startCalls));
}

void OperatorDataPage::activate()
{
    if (m_loader)
        m_loader->load();
}

void OperatorDataPage::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // A table passes Enter on after using it to open its row; it must not press the button as well.
    const bool fromTable = qobject_cast<QAbstractItemView *>(focusWidget()) != nullptr;
    if (enter && !fromTable && m_defaultButton && m_defaultButton->isEnabled()) {
        m_defaultButton->click();
        return;
    }
    MenuPage::keyPressEvent(event);
}
