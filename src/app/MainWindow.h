#pragma once

#include "navigation/PageId.h"

#include <QMainWindow>

#include <functional>
#include <map>
#include <memory>

namespace Ui {
class MainWindow;
}
class HelpWindow;
class LoginPage;
class MenuPage;
class SidebarMenu;
class WindowStateStore;

// The window of the personal account: the operator's menu on the left, one page per function on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Makes the page of a function, or returns null for the manual's description of it.
    using PageFactory = std::function<MenuPage *(PageId id, QWidget *parent)>;

    // Opens on the login form; showMenu() brings the menu and its last page.
    explicit MainWindow(const PageFactory &factory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId id);
    PageId currentPage() const;
    // The page of a function, made on first use.
    MenuPage *page(PageId id);

    // Until a session exists only the login form is reachable; the menu comes back where it was left.
    void showLogin();
    void showMenu();
    // Without a session only some functions work (the archive, Exit); an empty list frees the menu again.
    void limitMenuTo(const QList<PageId> &reachable);
    // Offline or not logged in: the archive and Exit only, with the archive shown.
    void showArchiveOnly();
    bool isShowingLogin() const;
    LoginPage *loginPage() const { return m_loginPage; }
    // «Справка»: the user manual at the section of what is shown (F1), and «О программе».
    void showHelp();
    void showAbout();
    // Where the manual is; by default where the package installs it (UserManual::installedFolder). For tests.
    void setManualFolder(const QString &folder) { m_manualFolder = folder; }
    HelpWindow *helpWindow() const { return m_help; }

signals:
    void logOutRequested(bool forgetPassword);
    void accountRequested(const QString &accountId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MenuPage *createPage(PageId id);
    void addPage(PageId id, MenuPage *page);
    void focusCurrentPage();
    void returnToMenu();
    void setUpHelpMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<WindowStateStore> m_stateStore;
    SidebarMenu *m_sidebar = nullptr;
    LoginPage *m_loginPage = nullptr;
    PageId m_lastMenuPage = PageId::Invoices;
    PageFactory m_factory;
    std::map<PageId, MenuPage *> m_pages;
    QString m_manualFolder;
    HelpWindow *m_help = nullptr;
};
