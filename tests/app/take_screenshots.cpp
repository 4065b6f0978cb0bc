// Renders the whole window in demo mode, logged in, on every page of the menu: docs/screenshots/window-*.png.
// Usage: take_screenshots --out docs/screenshots [--lang ru]
#include "AppController.h"
#include "Localization.h"
#include "ScreenshotApp.h"
#include "MainWindow.h"
#include "navigation/MenuCatalog.h"
#include "pages/LoginPage.h"
#include "pages/MenuPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

int main(int argc, char *argv[])
{
    const ScratchHome home;
    QApplication application(argc, argv);
    dressAsTheApp();
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("lang"),
                      QStringLiteral("ru")});
    parser.process(application);
    Localization::install(application, parser.value(QStringLiteral("lang")));
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());

    AppController::Options options;
    options.demo = true;
    options.keychainService = QStringLiteral("SIP Cabinet screenshots");
    AppController app(options);
    app.start();
    MainWindow *window = app.window();
    window->resize(1180, 760);
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    LoginPage *login = window->loginPage();
    QTest::qWait(300);
    window->grab().save(out.filePath(QStringLiteral("window-login.png")));

    // «Архив документов» from the login form, then «Выход» back to it.
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("archiveButton")), Qt::LeftButton);
    QTest::qWait(500);
    window->grab().save(out.filePath(QStringLiteral("window-archive-logged-out.png")));
    window->showPage(PageId::Exit);
    QTest::mouseClick(window->page(PageId::Exit)->findChild<QPushButton *>(QStringLiteral("exitButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([window] { return window->isShowingLogin(); }, 10000))
        return 1;

    auto *combo = login->findChild<QComboBox *>(QStringLiteral("accountCombo"));
    combo->setCurrentIndex(combo->count() - 1);
    login->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("demo"));
    login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("demo-password"));
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("logInButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([window] { return !window->isShowingLogin(); }, 20000))
        return 1;

    for (const MenuEntry &entry : MenuCatalog::entries()) {
        window->showPage(entry.id);
        QTest::qWait(900); // let the page's operator data arrive
        if (!window->grab().save(out.filePath(QStringLiteral("window-%1.png").arg(entry.key))))
            return 1;
    }
    return 0;
}
