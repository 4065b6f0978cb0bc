#include "MonthClose.h"

#include "archive/DocumentArchive.h"
#include "archive/MonthEndPackJob.h"
#include "close/MonthCloseDocuments.h"
#include "session/AccountSessions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

QJsonObject MonthClose::Request::toJson() const
{
    return {{QStringLiteral("accounts"), QJsonArray::fromStringList(accountIds)},
            {QStringLiteral("kinds"), QJsonArray::fromStringList(MonthCloseDocuments::keysOf(kinds))},
            {QStringLiteral("folder"), packFolder},
            {QStringLiteral("format"), format == MonthEndPack::Format::Zip ? QStringLiteral("zip") : QStringLiteral("folder")}};
}

MonthClose::Request MonthClose::Request::fromJson(const BillingPeriod &period, const QJsonObject &json)
{
    Request request;
    request.period = period;
    for (const QJsonValue &account : json.value(QStringLiteral("accounts")).toArray())
        request.accountIds.append(account.toString());
    QStringList kinds;
    for (const QJsonValue &kind : json.value(QStringLiteral("kinds")).toArray())
        kinds.append(kind.toString());
    request.kinds = MonthCloseDocuments::fromKeys(kinds.join(QLatin1Char(','))).value_or(
        QList{ArchivedDocument::Kind::Invoice});
    request.packFolder = json.value(QStringLiteral("folder")).toString();
    request.format = json.value(QStringLiteral("format")).toString() == QLatin1String("zip")
                         ? MonthEndPack::Format::Zip
                         : MonthEndPack::Format::Folder;
    return request;
}

MonthClose::MonthClose(AccountSessions *sessions, const AccountMonthClose::Parts &parts,
                       const ExportNameTemplate &names, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_parts(parts)
    , m_names(names)
{
}

MonthClose::~MonthClose()
{
    if (m_packJob)
        m_packJob->cancel();
}

AccountMonthClose *MonthClose::account(const QString &accountId) const
{
    for (AccountMonthClose *account : m_accounts) {
        if (account->accountId() == accountId)
            return account;
    }
    return nullptr;
}

bool MonthClose::start(const Request &request)
{
    if (m_running || (m_partner && m_partner->isRunning()))
        return false;
    // The last run's accounts may be the ones whose signal got us here (a close started when one ended).
    for (AccountMonthClose *account : std::as_const(m_accounts))
        account->deleteLater();
    m_accounts.clear();
    m_request = request;
    m_outcome = {};
    m_running = true;
    for (AccountSession *session : m_sessions->sessions()) {
        if (!request.accountIds.isEmpty() && !request.accountIds.contains(session->accountId()))
            continue;
        auto *account = new AccountMonthClose(session, m_parts, request.period, request.kinds, this);
        connect(account, &AccountMonthClose::changed, this, [this, account] {
            emit accountChanged(account);
            emit progressChanged(percent());
        });
        connect(account, &AccountMonthClose::finished, this, &MonthClose::onAccountFinished);
        m_accounts.append(account);
    }
    m_outcome.accounts = int(m_accounts.size());
    m_waiting = m_accounts;
    emit started();
    startNext();
    if (m_accounts.isEmpty())
        writePack();
    return true;
}

void MonthClose::startNext()
{
    const auto running = [this] {
        return std::count_if(m_accounts.cbegin(), m_accounts.cend(), [this](const AccountMonthClose *account) {
            return !m_waiting.contains(account) && !account->isFinished();
        });
    };
    // Counted afresh each turn: an account that ends at once (no password, all filed) starts the next from inside.
    while (running() < ConcurrentAccounts && !m_waiting.isEmpty())
        m_waiting.takeFirst()->start();
}

int MonthClose::percent() const
{
    if (m_accounts.isEmpty())
        return m_running ? 0 : 100;
    int sum = 0;
    for (const AccountMonthClose *account : m_accounts)
        sum += account->percent();
    return sum / int(m_accounts.size());
}

void MonthClose::onAccountFinished()
{
    if (!m_running)
        return;
    startNext();
    const bool allFinished = std::all_of(m_accounts.cbegin(), m_accounts.cend(),
                                         [](const AccountMonthClose *account) { return account->isFinished(); });
    if (allFinished && !m_outcome.cancelled)
        writePack();
}

QString MonthClose::packPathFor(const QString &folder, const BillingPeriod &period, MonthEndPack::Format format)
{
    const QString base = QDir(folder).filePath(tr("Month close %1").arg(period.toString()));
    const QString suffix = format == MonthEndPack::Format::Zip ? QStringLiteral(".zip") : QString();
    QString path = base + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    return path;
}

void MonthClose::writePack()
{
    QList<ArchivedDocument> documents;
    for (const AccountMonthClose *account : std::as_const(m_accounts)) {
        m_outcome.complete += account->isComplete() ? 1 : 0;
        for (const AccountMonthClose::Item &item : account->items()) {
            if (!item.isFiled())
                continue;
            if (const std::optional<ArchivedDocument> document = m_parts.archive->find(item.documentId))
                documents.append(*document);
        }
    }
    if (m_request.packFolder.isEmpty())
        return finish(); // documents for the archive only: no pack asked for
    if (documents.isEmpty()) {
        m_outcome.packError = tr("No document of the month was obtained, so there is no pack.");
        return finish();
    }
    MonthEndPack pack(m_parts.archive->documentsDirectory(), m_names);
    pack.setFolderPerOrganisation(true);
    const QString destination = packPathFor(m_request.packFolder, m_request.period, m_request.format);
    m_packJob = new MonthEndPackJob(pack, documents, m_request.format, destination, this);
    connect(m_packJob, &MonthEndPackJob::finished, this, [this, destination](const MonthEndPack::Result &result) {
        m_packJob->deleteLater();
        if (result.ok)
            m_outcome.packPath = destination;
        else if (!result.altered.isEmpty())
            m_outcome.packError = tr("These documents were altered in the archive and were not packed: %1.")
                                      .arg(result.altered.join(QStringLiteral(", ")));
        else
            m_outcome.packError = result.error;
        finish();
    });
    emit packStarted();
    m_packJob->start();
}

void MonthClose::finish()
{
    m_running = false;
    emit progressChanged(100);
    emit finished();
}

void MonthClose::cancel()
{
    if (!m_running)
        return;
    m_outcome.cancelled = true;
    m_waiting.clear();
    for (AccountMonthClose *account : std::as_const(m_accounts))
        account->cancel();
    if (m_packJob) {
        m_packJob->cancel();
        return; // its finished() ends the run
    }
    finish();
}
