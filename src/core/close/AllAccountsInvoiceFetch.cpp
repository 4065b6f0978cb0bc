#include "AllAccountsInvoiceFetch.h"

#include "BillingCalendar.h"
#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "session/AccountSessions.h"

AllAccountsInvoiceFetch::AllAccountsInvoiceFetch(AccountSessions *sessions, const AccountMonthClose::Parts &parts,
                                                 QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_parts(parts)
    , m_close(sessions, parts, ExportNameTemplate())
{
    m_nextCheck.setSingleShot(true);
    connect(&m_nextCheck, &QTimer::timeout, this, &AllAccountsInvoiceFetch::check);
    connect(&m_close, &MonthClose::finished, this, &AllAccountsInvoiceFetch::onCloseFinished);
    connect(m_sessions, &AccountSessions::settled, this, &AllAccountsInvoiceFetch::check);
}

void AllAccountsInvoiceFetch::setPartner(MonthClose *userClose)
{
    m_close.setPartner(userClose);
    userClose->setPartner(&m_close);
    connect(userClose, &MonthClose::finished, this, &AllAccountsInvoiceFetch::check);
}

void AllAccountsInvoiceFetch::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        check();
    else
        m_nextCheck.stop();
}

void AllAccountsInvoiceFetch::check()
{
    if (!m_enabled || !ArchivePreferences::automaticFetch() || m_close.isRunning() || !m_parts.archive->isOpen())
        return;
    QStringList missing;
    std::optional<BillingPeriod> period;
    for (const AccountSession *session : m_sessions->sessions()) {
        if (!session->isReady())
            continue;
        const BillingCalendar calendar(session->info().billingTimeZone);
        const QDateTime now = session->operatorNow();
        scheduleNextCheck(now, calendar.nextChangeAt(now));
        const std::optional<BillingPeriod> formed = calendar.newestFormedInvoice(now);
        if (!formed)
            continue; // ordering is closed: the next opening brings the next look
        period = formed;
        if (!m_parts.archive->findInvoice(session->accountId(), *formed))
            missing.append(session->accountId());
    }
    if (!period || missing.isEmpty())
        return;
    MonthClose::Request request;
    request.period = *period;
    request.accountIds = missing;
    request.kinds = {ArchivedDocument::Kind::Invoice};
    m_close.start(request); // no pack folder: the invoices go to the archive only; not while the user's close runs
}

void AllAccountsInvoiceFetch::scheduleNextCheck(const QDateTime &operatorNow, const QDateTime &nextChange)
{
    if (!nextChange.isValid())
        return;
    // A minute after the window opens; the timer is only a reminder, the calendar decides.
    const qint64 ms = std::clamp<qint64>(operatorNow.msecsTo(nextChange) + 60 * 1000, 60 * 1000, 24LL * 3600 * 1000);
    m_nextCheck.start(std::chrono::milliseconds(ms));
}

void AllAccountsInvoiceFetch::onCloseFinished()
{
    Outcome outcome;
    outcome.period = m_close.request().period;
    for (const AccountMonthClose *account : m_close.accounts()) {
        const AccountMonthClose::Item &invoice = account->items().constFirst();
        if (invoice.status == AccountMonthClose::Item::Status::Filed)
            outcome.obtained.append(account->session()->organisation());
        else if (invoice.status == AccountMonthClose::Item::Status::Failed)
            outcome.failed.append(tr("%1: %2").arg(account->session()->organisation(), invoice.message));
    }
    emit finished(outcome);
}
