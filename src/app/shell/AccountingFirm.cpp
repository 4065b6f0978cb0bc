#include "AccountingFirm.h"

#include "DesktopNotifier.h"
#include "accounts/AccountList.h"
#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "close/AllAccountsInvoiceFetch.h"
#include "close/MonthCloseRecord.h"
#include "close/OrderQueue.h"
#include "close/QueuedOrderSender.h"
#include "format/MonthCloseText.h"
#include "format/PeriodTitle.h"
#include "format/QueuedOrderText.h"
#include "session/AccountSessions.h"

#include <QStatusBar>
#include <QTimeZone>

AccountingFirm::AccountingFirm(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_sessions(new AccountSessions(parts.accounts, parts.secrets, this))
    , m_monthClose(new MonthClose(m_sessions, {parts.archive, parts.pending, parts.orders, false}, ExportNameTemplate(),
                                  this))
    , m_queue(new OrderQueue(parts.archive, this))
    , m_queueSender(new QueuedOrderSender(m_queue, m_sessions, parts.orders,
                                          [this](const MonthClose::Request &request) { return startMonthClose(request); },
                                          this))
    , m_allAccountsFetch(new AllAccountsInvoiceFetch(m_sessions, {parts.archive, parts.pending, parts.orders, false}, this))
{
    m_allAccountsFetch->setPartner(m_monthClose);
    // A close waiting for the automatic fetch (resumed at start) goes once that has ended.
    connect(m_allAccountsFetch, &AllAccountsInvoiceFetch::finished, this, &AccountingFirm::resumeInterruptedClose);
    wireNotices();
    // A close the app stops in the middle goes on at the next start.
    connect(m_monthClose, &MonthClose::started, this, [this] { MonthCloseRecord::save(m_monthClose->request()); });
    connect(m_monthClose, &MonthClose::finished, this, [] { MonthCloseRecord::clear(); });
    connect(m_sessions, &AccountSessions::settled, this, &AccountingFirm::resumeInterruptedClose);
}

void AccountingFirm::setShell(DesktopNotifier *notifier, QStatusBar *statusBar)
{
    m_notifier = notifier;
    m_statusBar = statusBar;
}

void AccountingFirm::start()
{
    // A firm of several accounts gets every account's new invoice in one go; one account, its own as before.
    m_allAccountsFetch->setEnabled(m_parts.accounts->accounts().size() > 1);
    m_sessions->start();
    if (m_parts.archive->isOpen())
        m_queueSender->start();
}

bool AccountingFirm::startMonthClose(const MonthClose::Request &request)
{
    m_monthClose->setNames(ExportNameTemplate(ArchivePreferences::nameTemplate()));
    return m_monthClose->start(request);
}

void AccountingFirm::resumeInterruptedClose()
{
    const std::optional<MonthClose::Request> interrupted = MonthCloseRecord::load();
    if (!interrupted || !m_parts.archive->isOpen() || !startMonthClose(*interrupted))
        return;
    if (m_statusBar)
        m_statusBar->showMessage(
        tr("The close of %1, interrupted when the app stopped, goes on.").arg(PeriodTitle::inText(interrupted->period)));
}

void AccountingFirm::wireNotices()
{
    const auto notify = [this](const QString &title, const QString &text) {
        if (m_notifier)
            m_notifier->notify(title, text);
    };
    connect(m_queueSender, &QueuedOrderSender::sent, this, [notify](const QueuedOrder &order) {
        notify(tr("A queued order was sent"), QueuedOrderText::line(order, QTimeZone::systemTimeZone()));
    });
    connect(m_queueSender, &QueuedOrderSender::failed, this, [notify](const QueuedOrder &order) {
        notify(tr("A queued order was not sent"), QueuedOrderText::line(order, QTimeZone::systemTimeZone()));
    });
    connect(m_allAccountsFetch, &AllAccountsInvoiceFetch::finished, this,
            [notify](const AllAccountsInvoiceFetch::Outcome &outcome) {
        if (outcome.obtained.isEmpty() && outcome.failed.isEmpty())
            return;
        notify(MonthCloseText::newInvoicesTitle(int(outcome.obtained.size())),
               MonthCloseText::newInvoicesText(outcome.obtained, outcome.failed, outcome.period));
    });
    connect(m_monthClose, &MonthClose::finished, this, [this, notify] {
        const MonthClose::Outcome &outcome = m_monthClose->outcome();
        if (!outcome.cancelled)
            notify(tr("Month close"), MonthCloseText::closedCount(outcome, m_monthClose->request().period));
    });
}
