#include "AppController.h"
#include "AppIcons.h"
#include "CommandLineOptions.h"
#include "DisplayCheck.h"
#include "FirstPaintProbe.h"
#include "FocusRingStyle.h"
#include "Localization.h"
#include "archive/ArchiveLock.h"
#include "headless/CloseMonthCommand.h"
#include "storage/PrivateFiles.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Cabinet"));
    QCoreApplication::setApplicationName(QStringLiteral("SIP Cabinet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCABINET_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    describeApplication();

    if (CloseMonthOptions::isAskedFor(arguments) && !CommandLineOptions::asksForTextOnly(arguments)) {
        // Unattended, from a timer: no display, no window, the same files as the app's.
        PrivateFiles::restrictNewFiles();
        QCoreApplication application(argc, argv);
        Localization::install(application, CommandLineOptions::languageFrom(arguments));
        CloseMonthCommand command(CloseMonthOptions::parse(arguments), AppController::Options().keychainService,
                                  AppController::archiveDirectory());
        return command.exec();
    }
    if (CommandLineOptions::asksForTextOnly(arguments)) {
        QCoreApplication application(argc, argv);
        Localization::install(application, CommandLineOptions::languageFrom(arguments));
        CommandLineOptions::parse(arguments);
        return 0;
    }
    if (!DisplayCheck::hasDisplay()) {
        std::fputs(qPrintable(DisplayCheck::howToRunWithoutDisplay()), stderr);
        return 2;
    }

    // Before anything is written: the app's own files are the user's alone (and those of older
    // versions are made so).
    PrivateFiles::restrictNewFiles();
    for (const QString &folder : PrivateFiles::appFolders())
        PrivateFiles::makeTreePrivate(folder);

    QApplication application(argc, argv);
    QApplication::setStyle(new FocusRingStyle); // over the platform's style
    FirstPaintProbe::installIfRequested(application);
    application.setWindowIcon(AppIcons::named(QStringLiteral("sipcabinet")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sipcabinet.SipCabinet"));
    Localization::install(application, CommandLineOptions::languageFrom(arguments));
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    if (!options.errorText.isEmpty()) {
        std::fputs(qPrintable(options.errorText + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QObject::tr("SIP Cabinet"), options.errorText);
        return 1;
    }

    // One running app owns the archive: a second start brings the first window forward instead.
    ArchiveLock archiveLock(AppController::archiveDirectory());
    switch (archiveLock.claim()) {
    case ArchiveLock::Claim::Owned:
        break;
    case ArchiveLock::Claim::RaisedOwner:
        std::fputs(qPrintable(QObject::tr("SIP Cabinet is already running; its window was brought to the front.")
                              + QLatin1Char('\n')),
                   stderr);
        return 0;
    case ArchiveLock::Claim::OwnerSilent:
        QMessageBox::information(nullptr, QObject::tr("SIP Cabinet"),
                                 QObject::tr("SIP Cabinet is already running for this user. Switch to its window."));
        return 0;
    }

    AppController controller({options.apiUrl, options.demo});
    QObject::connect(&archiveLock, &ArchiveLock::raiseRequested, &controller, &AppController::raiseWindow);
    controller.start();
    return application.exec();
}
