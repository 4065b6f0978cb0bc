#include "Localization.h"
#include "MainWindow.h"
#include "navigation/MenuCatalog.h"
#include "pages/MenuPage.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void walksEveryMenuEntryWithArrows();
    void enterMovesIntoThePage();
    void invoicesPageLinksToEachFunction();
    void backToMenuReturnsToTheSection();
    void remembersGeometryAndLastPage();
    void exitPageAsksToLogOut();
    void makesPagesOnFirstUse();
    void limitsTheMenuAndFreesItAgain();
    void menuSpeaksRussian();

private:
    static QTreeWidget *menuTree(MainWindow &window) { return window.findChild<QTreeWidget *>(QStringLiteral("menuTree")); }
    static QWidget *currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget();
    }

    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Cabinet Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::walksEveryMenuEntryWithArrows()
{
    MainWindow window;
    window.showMenu();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeWidget *tree = menuTree(window);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home);

    const QList<MenuEntry> entries = MenuCatalog::entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MenuEntry &entry = entries.at(i);
        QCOMPARE(currentPage(window)->objectName(), entry.key);
        QCOMPARE(window.currentPage(), entry.id);
        QCOMPARE(currentPage(window)->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), entry.title);
        QCOMPARE(tree->currentItem()->text(0), entry.title);
        if (i + 1 < entries.size())
            QTest::keyClick(tree, Qt::Key_Down);
    }
}

void TestMainWindow::enterMovesIntoThePage()
{
    MainWindow window;
    window.showMenu();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(PageId::Invoices);
    QTreeWidget *tree = menuTree(window);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    auto *firstLink = currentPage(window)->findChild<QCommandLinkButton *>(QStringLiteral("invoices.email-order"));
    QVERIFY(firstLink);
    QTRY_COMPARE(QApplication::focusWidget(), firstLink);
}

void TestMainWindow::invoicesPageLinksToEachFunction()
{
    MainWindow window;
    window.showMenu();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<MenuEntry> functions = MenuCatalog::childrenOf(PageId::Invoices);
    QCOMPARE(functions.size(), 5);
    for (const MenuEntry &function : functions) {
        window.showPage(PageId::Invoices);
        auto *link = currentPage(window)->findChild<QCommandLinkButton *>(function.key);
        QVERIFY2(link, qPrintable(function.key));
        QCOMPARE(link->text(), function.title);
        QCOMPARE(link->description(), function.description);
        link->setFocus();
        QTest::keyClick(link, Qt::Key_Space);
        QCOMPARE(window.currentPage(), function.id);
        QCOMPARE(menuTree(window)->currentItem()->text(0), function.title);
    }
}

void TestMainWindow::backToMenuReturnsToTheSection()
{
    MainWindow window;
    window.showMenu();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const MenuEntry &function : MenuCatalog::childrenOf(PageId::Invoices)) {
        window.showPage(function.id);
        auto *back = currentPage(window)->findChild<QPushButton *>(QStringLiteral("backToMenuButton"));
        QVERIFY2(back && back->isVisible(), qPrintable(function.key));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(window.currentPage(), PageId::Invoices);
        QTRY_COMPARE(QApplication::focusWidget(), menuTree(window));
    }
    window.showPage(PageId::Payments);
    auto *back = currentPage(window)->findChild<QPushButton *>(QStringLiteral("backToMenuButton"));
    QVERIFY(back);
    QVERIFY2(!back->isVisible(), "a top-level page is the menu itself: no «В меню» there");
}

void TestMainWindow::remembersGeometryAndLastPage()
{
    QRect geometry;
    {
        MainWindow window;
        window.showMenu();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showPage(PageId::CallDetails);
        geometry = window.geometry();
        window.close();
    }
    MainWindow restored;
    QCOMPARE(restored.currentPage(), PageId::CallDetails);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.size(), geometry.size());
}

void TestMainWindow::exitPageAsksToLogOut()
{
    MainWindow window;
    window.showMenu();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(PageId::Exit);
    QSignalSpy logOut(&window, &MainWindow::logOutRequested);
    auto *exitButton = currentPage(window)->findChild<QPushButton *>(QStringLiteral("exitButton"));
    QVERIFY(exitButton);
    QTest::mouseClick(exitButton, Qt::LeftButton);
    QCOMPARE(logOut.size(), 1);
    QCOMPARE(logOut.at(0).at(0).toBool(), false);
    currentPage(window)->findChild<QCheckBox *>(QStringLiteral("forgetPasswordCheck"))->setChecked(true);
    QTest::mouseClick(exitButton, Qt::LeftButton);
    QCOMPARE(logOut.at(1).at(0).toBool(), true);
    window.close();

    MainWindow next;
    QVERIFY2(next.currentPage() != PageId::Exit, "the app must not open on «Выход»");
}

void TestMainWindow::limitsTheMenuAndFreesItAgain()
{
    MainWindow window;
    window.showMenu();
    const auto disabledTitles = [&window] {
        QStringList titles;
        for (QTreeWidgetItemIterator it(menuTree(window)); *it; ++it) {
            if ((*it)->isDisabled())
                titles.append((*it)->text(0));
        }
        return titles;
    };
    window.limitMenuTo({PageId::Archive, PageId::Exit});
    const QStringList disabled = disabledTitles();
    QCOMPARE(disabled.size(), MenuCatalog::entries().size() - 2);
    QVERIFY(!disabled.contains(MenuCatalog::entry(PageId::Archive).title));
    QVERIFY(!disabled.contains(MenuCatalog::entry(PageId::Exit).title));
    window.limitMenuTo({});
    QVERIFY(disabledTitles().isEmpty());
}

void TestMainWindow::makesPagesOnFirstUse()
{
    MainWindow window;
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->count(), 1); // the window opens on the login form: no page of the menu yet
    QVERIFY(window.isShowingLogin());
    window.showMenu();
    QCOMPARE(stack->count(), 2); // the login form and the page shown
    window.showPage(PageId::Payments);
    window.showPage(PageId::Payments);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(static_cast<QWidget *>(window.page(PageId::Payments)), currentPage(window));
}

void TestMainWindow::menuSpeaksRussian()
{
    QCOMPARE(Localization::install(*qApp, QStringLiteral("ru")), QStringLiteral("ru"));
    MainWindow window;
    window.showMenu();
    QStringList titles;
    for (QTreeWidgetItemIterator it(menuTree(window)); *it; ++it)
        titles.append((*it)->text(0));
    const QStringList expected = {
        QStringLiteral("Персональная информация"),
        QStringLiteral("Платежи"),
        QStringLiteral("Счета"),
        QStringLiteral("Заказать счет на E-mail"),
        QStringLiteral("Загрузить счет по ссылке"),
        QStringLiteral("Изменить способ/адрес доставки"),
        QStringLiteral("Детализация на E-mail"),
        QStringLiteral("Начисления за текущий период"),
        QStringLiteral("Информация по рассрочке"),
        QStringLiteral("Выбор SIP-абонента"),
        QStringLiteral("Обратная связь"),
        QStringLiteral("Мобильный колл-центр"),
        QStringLiteral("Архив документов"),
        QStringLiteral("Почта"),
        QStringLiteral("Расходы"),
        QStringLiteral("Организации"),
        QStringLiteral("Выход"),
    };
    QCOMPARE(titles, expected);
    window.showPage(PageId::Invoices);
    const QString description = currentPage(window)->findChild<QLabel *>(QStringLiteral("descriptionLabel"))->text();
    QVERIFY(description.startsWith(QStringLiteral("Раздел включает информацию, связанную со счетами клиента.")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
