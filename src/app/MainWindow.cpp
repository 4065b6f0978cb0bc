#include "MainWindow.h"

#include "WindowStateStore.h"
#include "help/AboutDialog.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "navigation/MenuCatalog.h"
#include "navigation/SidebarMenu.h"
#include "pages/ArchivePage.h"
#include "pages/DescriptionPage.h"
#include "pages/ExitPage.h"
#include "pages/InvoicesPage.h"
#include "pages/LoginPage.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QMenuBar>

MainWindow::MainWindow(const PageFactory &factory, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_stateStore(std::make_unique<WindowStateStore>())
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 1);
    m_loginPage = new LoginPage(this);
    m_ui->pageStack->addWidget(m_loginPage);
    m_factory = factory;

    m_sidebar = new SidebarMenu(m_ui->menuTree, this);
    connect(m_sidebar, &SidebarMenu::pageSelected, this, &MainWindow::showPage);
    connect(m_sidebar, &SidebarMenu::pageActivated, this, [this](PageId id) {
        showPage(id);
        focusCurrentPage();
    });

    setUpHelpMenu();
    m_stateStore->restoreWindow(this, m_ui->splitter);
    m_lastMenuPage = m_stateStore->lastPage().value_or(PageId::Invoices);
    m_sidebar->select(m_lastMenuPage);
    // Every start begins with the login form; the menu's pages are made once it is shown. A hidden page in
    // the stack is not free: the stack asks each page's height for its width, and word-wrapped text makes
    // that the bulk of the first paint.
    showLogin();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = help->addAction(tr("&User manual"), this, &MainWindow::showHelp);
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About SIP Cabinet"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showHelp()
{
    // Looked for on the first F1, not at start-up: most sessions never open the manual.
    if (!m_help)
        m_help = new HelpWindow(m_manualFolder.isEmpty() ? UserManual::installedFolder() : m_manualFolder, this);
    m_help->showTopic(isShowingLogin() ? HelpTopics::Login : HelpTopics::of(currentPage()));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

MenuPage *MainWindow::createPage(PageId id)
{
    // Pages are made when first shown: the window paints sooner, and a page nobody opens costs nothing.
    if (MenuPage *made = m_factory ? m_factory(id, this) : nullptr) {
        made->setObjectName(MenuCatalog::entry(id).key);
        return made;
    }
    switch (id) {
    case PageId::Invoices:
        return new InvoicesPage(this);
    case PageId::Exit: {
        auto *exitPage = new ExitPage(this);
        connect(exitPage, &ExitPage::logOutConfirmed, this, &MainWindow::logOutRequested);
        return exitPage;
    }
    default:
        return new DescriptionPage(id, this);
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
    connect(page, &MenuPage::accountRequested, this, &MainWindow::accountRequested);
    connect(page, &MenuPage::archiveRequested, this, [this](const QString &accountId, const BillingPeriod &period) {
        showPage(PageId::Archive);
        if (auto *archive = qobject_cast<ArchivePage *>(this->page(PageId::Archive)))
            archive->showPeriod(accountId, period);
        focusCurrentPage();
    });
}

void MainWindow::showLogin()
{
    m_ui->menuTree->setEnabled(false);
    m_ui->pageStack->setCurrentWidget(m_loginPage);
    setWindowTitle(tr("Log in — SIP Cabinet"));
}

void MainWindow::showMenu()
{
    m_ui->menuTree->setEnabled(true);
    m_ui->pageStack->setCurrentWidget(page(m_lastMenuPage));
    showPage(m_lastMenuPage);
    page(m_lastMenuPage)->activate();
    m_sidebar->focus();
}

void MainWindow::showArchiveOnly()
{
    // The archive first: from the login form this only chooses it, so showMenu() makes no other page (whose
    // activation would call the operator without a session).
    showPage(PageId::Archive);
    showMenu();
    limitMenuTo({PageId::Archive, PageId::Spend, PageId::Organisations, PageId::Exit});
}

void MainWindow::limitMenuTo(const QList<PageId> &reachable)
{
    m_sidebar->limitTo(reachable);
}

bool MainWindow::isShowingLogin() const
{
    return m_ui->pageStack->currentWidget() == m_loginPage;
}

void MainWindow::showPage(PageId id)
{
    if (id != PageId::Exit)
        m_lastMenuPage = id;
    m_sidebar->select(id);
    if (isShowingLogin())
        return; // made and shown with the menu
    MenuPage *target = page(id);
    const bool changed = m_ui->pageStack->currentWidget() != target;
    m_ui->pageStack->setCurrentWidget(target);
    setWindowTitle(tr("%1 — SIP Cabinet").arg(MenuCatalog::entry(id).title));
    if (changed)
        target->activate();
}

PageId MainWindow::currentPage() const
{
    if (isShowingLogin())
        return m_lastMenuPage;
    for (const auto &[id, page] : m_pages) {
        if (page == m_ui->pageStack->currentWidget())
            return id;
    }
    return PageId::Invoices;
}

MenuPage *MainWindow::page(PageId id)
{
    if (const auto it = m_pages.find(id); it != m_pages.end())
        return it->second;
    MenuPage *made = createPage(id);
    addPage(id, made);
    return made;
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
