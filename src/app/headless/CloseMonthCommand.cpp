#include "CloseMonthCommand.h"

#include "accounts/AccountList.h"
#include "archive/ArchiveLock.h"
#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "close/MonthClose.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoOperator.h"
#include "documents/PendingDocumentJobs.h"
#include "format/MonthCloseText.h"
#include "session/AccountSessions.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

CloseMonthCommand::CloseMonthCommand(const CloseMonthOptions &options, const QString &keychainService,
                                     const QString &archiveDirectory, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_archiveDirectory(archiveDirectory)
    , m_out(stdout)
    , m_err(stderr)
    , m_credentials(new KeychainCredentialStore(keychainService, this))
    , m_accounts(std::make_unique<AccountList>())
    , m_secrets(new AccountSecrets(m_credentials, this))
    , m_pending(std::make_unique<PendingDocumentJobs>())
{
}

CloseMonthCommand::~CloseMonthCommand()
{
    delete m_close; // before the archive and journal it uses
    delete m_sessions;
}

int CloseMonthCommand::exec()
{
    if (!m_options.usageError.isEmpty()) {
        m_err << m_options.usageError << '\n' << CloseMonthOptions::usage() << Qt::endl;
        return UsageError;
    }
    ArchiveLock lock(m_archiveDirectory);
    if (!lock.claimWithoutWindow()) {
        m_err << tr("SIP Cabinet is open: close the month in its window, or quit it and run the command again.")
              << Qt::endl;
        return Incomplete;
    }
    if (m_options.demo && !startDemoOperator())
        return Incomplete;
    QStringList accountIds;
    if (const std::optional<int> failed = prepare(&accountIds))
        return *failed;
    if (m_options.demo && m_options.accounts.isEmpty())
        accountIds = m_demoAccounts; // the demo firm, not whatever else this computer remembers

    m_sessions = new AccountSessions(m_accounts.get(), m_secrets);
    m_close = new MonthClose(m_sessions, {m_archive.get(), m_pending.get(), m_orders.get(), false},
                             ExportNameTemplate(ArchivePreferences::nameTemplate()));
    connect(m_close, &MonthClose::accountChanged, this, &CloseMonthCommand::onAccountChanged);
    connect(m_close, &MonthClose::packStarted, this, [this] { progress() << tr("Making the pack...") << Qt::endl; });
    QEventLoop loop;
    connect(m_close, &MonthClose::finished, &loop, &QEventLoop::quit);
    m_sessions->start(accountIds); // only those asked for sign in
    m_close->start({m_options.period, accountIds, m_options.kinds, m_options.outputFolder, m_options.format});
    if (m_close->isRunning())
        loop.exec();
    return finish();
}

bool CloseMonthCommand::startDemoOperator()
{
    auto *demo = new DemoOperator(this);
    QEventLoop loop;
    QString problem;
    bool firmKept = false;
    connect(demo, &DemoOperator::ready, &loop, [&](const QUrl &url) {
        m_demoAccounts = DemoOperator::rememberFirm(m_accounts.get(), m_secrets, url, this, [&] {
            firmKept = true;
            loop.quit();
        });
    });
    connect(demo, &DemoOperator::failed, &loop, [&](const QString &message) {
        problem = message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, [&] {
        problem = tr("The demo operator did not start.");
        loop.quit();
    });
    demo->start();
    if (problem.isEmpty() && !firmKept)
        loop.exec();
    if (!firmKept) {
        m_err << (problem.isEmpty() ? tr("The demo operator did not start.") : problem) << Qt::endl;
        return false;
    }
    return true;
}

std::optional<int> CloseMonthCommand::prepare(QStringList *accountIds)
{
    const QList<OperatorAccount> remembered = m_accounts->accounts();
    if (remembered.isEmpty()) {
        m_err << tr("No account is remembered yet: log in to each organisation once in SIP Cabinet with "
                    "«Remember me».")
              << Qt::endl;
        return Incomplete;
    }
    for (const QString &wanted : std::as_const(m_options.accounts)) {
        const auto found = std::find_if(remembered.cbegin(), remembered.cend(), [&wanted](const OperatorAccount &a) {
            return a.id() == wanted || a.login == wanted;
        });
        if (found == remembered.cend()) {
            m_err << tr("No remembered account is called %1.").arg(wanted) << '\n' << CloseMonthOptions::usage()
                  << Qt::endl;
            return UsageError;
        }
        accountIds->append(found->id());
    }
    m_archive = std::make_unique<DocumentArchive>(m_archiveDirectory);
    QString error;
    if (!m_archive->open(&error)) {
        m_err << tr("The archive could not be opened: %1").arg(error) << Qt::endl;
        return Incomplete;
    }
    m_orders = std::make_unique<OrderJournal>(m_archive.get());
    return std::nullopt;
}

void CloseMonthCommand::onAccountChanged(AccountMonthClose *account)
{
    QStringList lines;
    for (const AccountMonthClose::Item &item : account->items()) {
        if (item.status != AccountMonthClose::Item::Status::Working)
            lines.append(MonthCloseText::itemLine(item));
        else
            lines.append(m_printed.value(account->accountId()).value(lines.size()));
    }
    QStringList &printed = m_printed[account->accountId()];
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty() && lines.at(i) != printed.value(i))
            progress() << tr("%1 (%2): %3").arg(account->session()->organisation(), account->session()->account().login,
                                           lines.at(i))
                  << Qt::endl;
    }
    printed = lines;
}

int CloseMonthCommand::finish()
{
    const MonthClose::Outcome &outcome = m_close->outcome();
    if (m_options.json)
        printSummaryJson();
    else
        printSummaryText();
    if (!outcome.packPath.isEmpty())
        ArchivePreferences::setLastPackFolder(m_options.outputFolder);
    return outcome.isComplete() ? Complete : Incomplete;
}

void CloseMonthCommand::printSummaryText()
{
    const MonthClose::Outcome &outcome = m_close->outcome();
    m_out << MonthCloseText::closedCount(outcome, m_options.period) << '\n';
    for (const AccountMonthClose *account : m_close->accounts()) {
        if (account->isComplete())
            continue;
        m_out << tr("Missing for %1 (%2):").arg(account->session()->organisation(), account->session()->account().login)
              << '\n';
        for (const AccountMonthClose::Item &item : account->items()) {
            if (!item.isFiled())
                m_out << "  " << MonthCloseText::itemLine(item) << '\n';
        }
    }
    if (!outcome.packPath.isEmpty())
        m_out << tr("The pack: %1").arg(QDir::toNativeSeparators(outcome.packPath)) << '\n';
    if (!outcome.packError.isEmpty())
        m_out << outcome.packError << '\n';
    m_out.flush();
}

void CloseMonthCommand::printSummaryJson()
{
    const MonthClose::Outcome &outcome = m_close->outcome();
    QJsonArray accounts;
    for (const AccountMonthClose *account : m_close->accounts()) {
        QJsonArray documents;
        for (const AccountMonthClose::Item &item : account->items()) {
            QJsonObject document{{QStringLiteral("kind"), ArchivedDocument::keyOf(item.kind)},
                                 {QStringLiteral("status"), MonthCloseText::statusKey(item.status)}};
            if (!item.message.isEmpty())
                document.insert(QStringLiteral("message"), item.message);
            documents.append(document);
        }
        accounts.append(QJsonObject{{QStringLiteral("account"), account->accountId()},
                                    {QStringLiteral("login"), account->session()->account().login},
                                    {QStringLiteral("organisation"), account->session()->organisation()},
                                    {QStringLiteral("complete"), account->isComplete()},
                                    {QStringLiteral("documents"), documents}});
    }
    QJsonObject summary{{QStringLiteral("period"), m_options.period.toString()},
                        {QStringLiteral("complete"), outcome.isComplete()},
                        {QStringLiteral("organisations"), outcome.accounts},
                        {QStringLiteral("organisations_complete"), outcome.complete},
                        {QStringLiteral("accounts"), accounts}};
    summary.insert(QStringLiteral("pack"), outcome.packPath.isEmpty() ? QJsonValue() : QJsonValue(outcome.packPath));
    if (!outcome.packError.isEmpty())
        summary.insert(QStringLiteral("pack_error"), outcome.packError);
    m_out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    m_out.flush();
}
