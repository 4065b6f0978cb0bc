#pragma once

#include "MenuPage.h"
#include "PageContext.h"

#include <functional>

class OperatorDataLoader;
class QKeyEvent;
class QLabel;
class QPushButton;

// A menu page that shows operator data: its heading from the menu catalogue, and a fresh load each time it
// is shown, through its OperatorDataLoader (busy indicator, error, «Обновить»).
class OperatorDataPage : public MenuPage
{
    Q_OBJECT

public:
    void activate() override;

protected:
    OperatorDataPage(PageId id, const PageContext &context, QWidget *parent);

    // Call once the form is set up: fills the heading and tells the loader which calls make up a load.
    void setUpLoading(QLabel *title, QLabel *description, OperatorDataLoader *loader, std::function<void()> startCalls);

    // The button Enter presses, as in a dialog (a page is no dialog, so QPushButton::default does nothing).
    void setDefaultButton(QPushButton *button) { m_defaultButton = button; }
    void keyPressEvent(QKeyEvent *event) override;

    const PageContext &context() const { return m_context; }
    OperatorDataLoader *loader() const { return m_loader; }

private:
    PageId m_id;
    PageContext m_context;
    OperatorDataLoader *m_loader = nullptr;
    QPushButton *m_defaultButton = nullptr;
};
