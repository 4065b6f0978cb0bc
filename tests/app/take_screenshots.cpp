// Walks every page of the main window and saves a picture of each: docs/screenshots/ is made with it.
#include "Localization.h"
#include "MainWindow.h"
#include "navigation/MenuCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("lang"),
                      QStringLiteral("ru")});
    parser.process(application);

    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    Localization::install(application, parser.value(QStringLiteral("lang")));

    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    MainWindow window;
    window.resize(1100, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    for (const MenuEntry &entry : MenuCatalog::entries()) {
        window.showPage(entry.id);
        QTest::qWait(50);
        const QString file = out.filePath(entry.key + QStringLiteral(".png"));
        if (!window.grab().save(file))
            return 1;
    }
    return 0;
}
