#include "MainWindow.h"

#include "WindowStateStore.h"
#include "navigation/MenuCatalog.h"
#include "navigation/SidebarMenu.h"
#include "pages/DescriptionPage.h"
#include "pages/ExitPage.h"
#include "pages/InvoicesPage.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_stateStore(std::make_unique<WindowStateStore>())
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 1);
    createPages();

    m_sidebar = new SidebarMenu(m_ui->menuTree, this);
    connect(m_sidebar, &SidebarMenu::pageSelected, this, &MainWindow::showPage);
    connect(m_sidebar, &SidebarMenu::pageActivated, this, [this](PageId id) {
        showPage(id);
        focusCurrentPage();
    });

    m_stateStore->restoreWindow(this, m_ui->splitter);
    showPage(m_stateStore->lastPage().value_or(PageId::Invoices));
    m_sidebar->focus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    for (const MenuEntry &entry : MenuCatalog::entries()) {
        switch (entry.id) {
        case PageId::Invoices:
            addPage(entry.id, new InvoicesPage(this));
            break;
        case PageId::Exit: {
            auto *exitPage = new ExitPage(this);
            connect(exitPage, &ExitPage::exitConfirmed, this, &QMainWindow::close);
            addPage(entry.id, exitPage);
            break;
        }
        default:
            addPage(entry.id, new DescriptionPage(entry.id, this));
            break;
        }
    }
}

void MainWindow::addPage(PageId id, MenuPage *page)
{
    m_ui->pageStack->addWidget(page);
    m_pages.emplace(id, page);
    connect(page, &MenuPage::menuRequested, this, &MainWindow::returnToMenu);
    connect(page, &MenuPage::pageRequested, this, [this](PageId target) {
        showPage(target);
        focusCurrentPage();
    });
}

void MainWindow::showPage(PageId id)
{
    MenuPage *target = page(id);
    if (!target || m_ui->pageStack->currentWidget() == target)
        return;
    m_ui->pageStack->setCurrentWidget(target);
    m_sidebar->select(id);
    setWindowTitle(tr("%1 — SIP Cabinet").arg(MenuCatalog::entry(id).title));
}

PageId MainWindow::currentPage() const
{
    for (const auto &[id, page] : m_pages) {
        if (page == m_ui->pageStack->currentWidget())
            return id;
    }
    return PageId::Invoices;
}

MenuPage *MainWindow::page(PageId id) const
{
    const auto it = m_pages.find(id);
    return it == m_pages.end() ? nullptr : it->second;
}

void MainWindow::focusCurrentPage()
{
    QWidget *current = m_ui->pageStack->currentWidget();
    for (QWidget *child : current->findChildren<QWidget *>()) {
        if (child->isVisibleTo(current) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::returnToMenu()
{
    const std::optional<PageId> parent = MenuCatalog::entry(currentPage()).parent;
    showPage(parent.value_or(currentPage()));
    m_sidebar->focus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_stateStore->saveWindow(this, m_ui->splitter);
    m_stateStore->saveLastPage(currentPage());
    event->accept();
}
