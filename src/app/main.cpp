#include "AppController.h"
#include "CommandLineOptions.h"
#include "DisplayCheck.h"
#include "Localization.h"

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

    QApplication application(argc, argv);
    application.setWindowIcon(QIcon(QStringLiteral(":/icons/sipcabinet.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sipcabinet.SipCabinet"));
    Localization::install(application, CommandLineOptions::languageFrom(arguments));
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    if (!options.errorText.isEmpty()) {
        std::fputs(qPrintable(options.errorText + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QObject::tr("SIP Cabinet"), options.errorText);
        return 1;
    }

    AppController controller({options.apiUrl, options.demo});
    QString error;
    if (!controller.start(&error)) {
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QObject::tr("SIP Cabinet"), error);
        return 1;
    }
    return application.exec();
}
