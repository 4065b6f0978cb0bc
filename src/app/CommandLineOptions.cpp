#include "CommandLineOptions.h"

#include "OperatorUrlPolicy.h"

#include <QCommandLineParser>

namespace {
const QString LanguageOption = QStringLiteral("lang");
const QString ApiUrlOption = QStringLiteral("api-url");
const QString DemoOption = QStringLiteral("demo");
} // namespace

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SIP Cabinet: invoices of your SIP-telephony operator's personal account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({LanguageOption, tr("Language of the interface: ru or en (default: the system's)."),
                      tr("language")});
    parser.addOption({ApiUrlOption, tr("Address of the operator's API, e.g. https://api.operator.example/api/v1."),
                      tr("url")});
    parser.addOption({DemoOption, tr("Demo mode: run the operator's sandbox inside the app and use it.")});
    // Read by CloseMonthOptions; listed here so that --help shows it.
    parser.addOption({QStringLiteral("close-month"),
                      tr("Close the month YYYY-MM for the remembered accounts without a window (also --accounts, "
                         "--documents, --output, --zip, --json; see the manual page)."),
                      tr("month")});
    parser.process(arguments);

    CommandLineOptions options;
    options.language = parser.value(LanguageOption);
    options.demo = parser.isSet(DemoOption);
    if (!options.language.isEmpty() && options.language != QLatin1String("ru")
        && options.language != QLatin1String("en")) {
        options.errorText = tr("Unknown language \"%1\": use ru or en.").arg(options.language);
        return options;
    }
    if (parser.isSet(ApiUrlOption)) {
        options.apiUrl = QUrl::fromUserInput(parser.value(ApiUrlOption));
        options.errorText = OperatorUrlPolicy::problemWith(options.apiUrl);
    }
    return options;
}

QString CommandLineOptions::languageFrom(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

bool CommandLineOptions::asksForTextOnly(const QStringList &arguments)
{
    static const QStringList textOptions = {QStringLiteral("-h"), QStringLiteral("--help"),
                                            QStringLiteral("--help-all"), QStringLiteral("-v"),
                                            QStringLiteral("--version"), QStringLiteral("-?")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (textOptions.contains(arguments.at(i)))
            return true;
    }
    return false;
}
