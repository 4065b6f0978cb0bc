#include "CloseMonthOptions.h"

#include "archive/ArchivePreferences.h"
#include "close/MonthCloseDocuments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {
const QString CloseMonthOption = QStringLiteral("close-month");
const QString AccountsOption = QStringLiteral("accounts");
const QString DocumentsOption = QStringLiteral("documents");
const QString OutputOption = QStringLiteral("output");
const QString ZipOption = QStringLiteral("zip");
const QString JsonOption = QStringLiteral("json");
const QString LanguageOption = QStringLiteral("lang");
const QString DemoOption = QStringLiteral("demo");

QString defaultOutputFolder()
{
    const QString last = ArchivePreferences::lastPackFolder();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last;
}
} // namespace

bool CloseMonthOptions::isAskedFor(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--close-month") || argument.startsWith(QLatin1String("--close-month=")))
            return true;
    }
    return false;
}

QString CloseMonthOptions::usage()
{
    return tr("Usage: sipcabinet --close-month YYYY-MM [--accounts all|LOGIN,...] [--documents invoice,call_details,charges] "
              "[--output FOLDER] [--zip] [--json] [--demo]");
}

CloseMonthOptions CloseMonthOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({CloseMonthOption, tr("Close the month YYYY-MM for the remembered accounts, without a window."),
                      tr("month")});
    parser.addOption({AccountsOption, tr("The accounts: all (the default) or logins separated by commas."),
                      tr("accounts")});
    parser.addOption({DocumentsOption, tr("The documents: invoice (the default), call_details, charges."),
                      tr("documents")});
    parser.addOption({OutputOption, tr("The folder the pack is put in."), tr("folder")});
    parser.addOption({ZipOption, tr("Make the pack a ZIP file instead of a folder.")});
    parser.addOption({JsonOption, tr("Print the summary as JSON.")});
    parser.addOption({LanguageOption, tr("Language of the messages: ru or en."), tr("language")});
    parser.addOption({DemoOption, tr("Start the demo operator and close the month for the demo firm's organisations.")});

    CloseMonthOptions options;
    if (!parser.parse(arguments)) {
        options.usageError = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.usageError = tr("Unexpected argument: %1.").arg(parser.positionalArguments().constFirst());
        return options;
    }
    const std::optional<BillingPeriod> period = BillingPeriod::fromString(parser.value(CloseMonthOption));
    if (!period) {
        options.usageError = tr("The month must be given as YYYY-MM, e.g. 2026-10.");
        return options;
    }
    options.period = *period;
    const QString accounts = parser.value(AccountsOption).trimmed();
    if (parser.isSet(AccountsOption) && accounts.isEmpty()) {
        options.usageError = tr("--accounts needs all or a list of logins.");
        return options;
    }
    if (!accounts.isEmpty() && accounts != QLatin1String("all")) {
        for (const QString &account : accounts.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.accounts.append(account.trimmed());
    }
    if (parser.isSet(DocumentsOption)) {
        const std::optional<QList<ArchivedDocument::Kind>> kinds = MonthCloseDocuments::fromKeys(parser.value(DocumentsOption));
        if (!kinds) {
            options.usageError = tr("--documents takes invoice, call_details and charges, separated by commas.");
            return options;
        }
        options.kinds = *kinds;
    }
    options.outputFolder = parser.isSet(OutputOption) ? parser.value(OutputOption) : defaultOutputFolder();
    if (!parser.isSet(OutputOption))
        QDir().mkpath(options.outputFolder); // the user's Documents folder, on a system that has none yet
    if (!QDir(options.outputFolder).exists()) {
        options.usageError = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(options.outputFolder));
        return options;
    }
    options.format = parser.isSet(ZipOption) ? MonthEndPack::Format::Zip : MonthEndPack::Format::Folder;
    options.json = parser.isSet(JsonOption);
    options.demo = parser.isSet(DemoOption);
    return options;
}
