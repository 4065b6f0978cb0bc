#include "OrganisationsPage.h"

#include "BillingCalendar.h"
#include "accounts/AccountList.h"
#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "close/MonthClose.h"
#include "close/OrderQueue.h"
#include "close/QueuedOrderSender.h"
#include "format/MonthCloseText.h"
#include "format/PeriodTitle.h"
#include "format/QueuedOrderText.h"
#include "models/OrganisationsModel.h"
#include "navigation/MenuCatalog.h"
#include "session/AccountSessions.h"
#include "time/Clock.h"
#include "time/OperatorTime.h"
#include "ui_organisationspage.h"
#include "widgets/MonthCloseDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUrl>

OrganisationsPage::OrganisationsPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::OrganisationsPage>())
    , m_context(context)
    , m_model(new OrganisationsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_openFolder([](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(PageId::Organisations);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(OrganisationsModel::SortRole);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->organisationsView->setModel(m_sorted);
    m_ui->organisationsView->sortByColumn(OrganisationsModel::OrganisationColumn, Qt::AscendingOrder);
    m_ui->organisationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->organisationsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->organisationsView->verticalHeader()->hide();
    m_ui->closeBar->hide();
    m_ui->cancelCloseButton->hide();
    m_ui->showPackButton->hide();
    m_refreshPending.setSingleShot(true);
    m_refreshPending.setInterval(0);
    connect(&m_refreshPending, &QTimer::timeout, this, &OrganisationsPage::refreshRows);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->organisationsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganisationsPage::updateButtons);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &OrganisationsPage::updateButtons);
    connect(m_ui->organisationsView, &QAbstractItemView::activated, this, &OrganisationsPage::openCabinet);
    connect(m_ui->openButton, &QPushButton::clicked, this, &OrganisationsPage::openCabinet);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &OrganisationsPage::enterPassword);
    connect(m_ui->closeMonthButton, &QPushButton::clicked, this, &OrganisationsPage::closeMonth);
    connect(m_ui->cancelCloseButton, &QPushButton::clicked, m_context.monthClose, &MonthClose::cancel);
    connect(m_ui->showPackButton, &QPushButton::clicked, this, &OrganisationsPage::showPack);
    connect(m_ui->menuButton, &QPushButton::clicked, this, &MenuPage::menuRequested);
    connect(m_ui->cancelQueuedButton, &QPushButton::clicked, this, &OrganisationsPage::cancelQueued);
    connect(m_ui->queueList, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_ui->queueList->currentItem();
        m_ui->cancelQueuedButton->setEnabled(item && item->data(Qt::UserRole + 1).toBool());
    });
    if (m_context.orderQueue)
        connect(m_context.orderQueue, &OrderQueue::changed, this, &OrganisationsPage::refreshQueue);

    connect(m_context.accountSessions, &AccountSessions::sessionChanged, this, &OrganisationsPage::scheduleRefresh);
    connect(m_context.accountSessions, &AccountSessions::sessionAdded, this, &OrganisationsPage::scheduleRefresh);
    connect(m_context.accountSessions, &AccountSessions::sessionRemoved, this, &OrganisationsPage::scheduleRefresh);
    connect(m_context.monthClose, &MonthClose::accountChanged, this, &OrganisationsPage::showCloseProgress);
    connect(m_context.monthClose, &MonthClose::packStarted, this, &OrganisationsPage::showCloseProgress);
    connect(m_context.monthClose, &MonthClose::finished, this, &OrganisationsPage::showCloseOutcome);
    if (m_context.orders)
        connect(m_context.orders, &OrderJournal::changed, this, &OrganisationsPage::scheduleRefresh);
    refreshRows();
    refreshQueue();
    if (m_context.monthClose->isRunning())
        showCloseProgress();
}

OrganisationsPage::~OrganisationsPage() = default;

void OrganisationsPage::activate()
{
    // The balances and calendars may have moved on since the sessions signed in.
    for (AccountSession *session : m_context.accountSessions->sessions())
        session->refreshFacts();
    refreshRows();
    refreshQueue();
    m_ui->organisationsView->setFocus(Qt::OtherFocusReason);
    if (!m_ui->organisationsView->currentIndex().isValid() && m_sorted->rowCount() > 0)
        m_ui->organisationsView->setCurrentIndex(m_sorted->index(0, 0));
}

void OrganisationsPage::scheduleRefresh()
{
    // Every account's progress tick, sign-in and journal change would read the archive for every row; one read
    // per turn of the event loop shows the same.
    if (!m_refreshPending.isActive())
        m_refreshPending.start();
}

void OrganisationsPage::refreshRows()
{
    m_refreshPending.stop();
    QList<OrganisationsModel::Row> rows;
    int ready = 0;
    for (const AccountSession *session : m_context.accountSessions->sessions()) {
        OrganisationsModel::Row row;
        row.accountId = session->accountId();
        row.login = session->account().login;
        row.organisation = session->organisation();
        row.state = session->state();
        row.problem = session->problem();
        row.balance = session->balance();
        row.operatorZone = session->info().billingTimeZone;
        if (m_context.archive && m_context.orders && m_context.pendingJobs)
            row.overview = AccountOverview::of(*session, *m_context.archive, *m_context.orders, *m_context.pendingJobs,
                                               m_context.accounts->lastSeen(row.accountId));
        if (const AccountMonthClose *close = m_context.monthClose->account(row.accountId)) {
            row.close = MonthCloseText::accountProgress(*close);
            row.closeFailed = close->isFinished() && !close->isComplete();
        }
        ready += session->isReady() ? 1 : 0;
        rows.append(row);
    }
    m_model->setRows(rows);
    m_ui->summaryLabel->setText(tr("%n organisation(s), %1 signed in", "", int(rows.size())).arg(ready));
    updateButtons();
}

QString OrganisationsPage::currentAccountId() const
{
    return m_ui->organisationsView->currentIndex().data(OrganisationsModel::AccountIdRole).toString();
}

void OrganisationsPage::updateButtons()
{
    const AccountSession *session = m_context.accountSessions->find(currentAccountId());
    m_ui->openButton->setEnabled(session != nullptr);
    m_ui->passwordButton->setEnabled(session && (session->state() == AccountSession::State::PasswordNeeded
                                                 || session->state() == AccountSession::State::Unreachable));
    m_ui->closeMonthButton->setEnabled(m_context.accountSessions->count() > 0 && !m_context.monthClose->isRunning());
}

void OrganisationsPage::openCabinet()
{
    const QString accountId = currentAccountId();
    if (accountId.isEmpty())
        return;
    m_context.accounts->setLastSeen(accountId, Clock::system().currentUtc());
    emit accountRequested(accountId);
}

void OrganisationsPage::enterPassword()
{
    AccountSession *session = m_context.accountSessions->find(currentAccountId());
    if (!session)
        return;
    bool entered = false;
    const QString password = QInputDialog::getText(
        this, tr("Password"), tr("The password of %1 (%2):").arg(session->organisation(), session->account().login),
        QLineEdit::Password, QString(), &entered);
    if (entered && !password.isEmpty())
        session->signInWith(password, true);
}

void OrganisationsPage::closeMonth()
{
    QList<MonthCloseDialog::Organisation> organisations;
    BillingPeriod lastMonth;
    for (const AccountSession *session : m_context.accountSessions->sessions()) {
        const QString title = session->isReady()
                                  ? session->organisation()
                                  : tr("%1 — %2").arg(session->organisation(),
                                                      OrganisationsModel::stateText(session->state(), session->problem()));
        organisations.append({session->accountId(), title});
        if (session->isReady() && !lastMonth.isValid())
            lastMonth = BillingCalendar(session->info().billingTimeZone).currentPeriod(session->operatorNow()).previous();
    }
    if (!lastMonth.isValid())
        lastMonth = BillingPeriod::containing(OperatorTime().now().date()).previous(); // the best guess without one
    MonthCloseDialog dialog(lastMonth, organisations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MonthClose::Request request = dialog.request();
    ArchivePreferences::setLastPackFolder(request.packFolder);
    // From the 1st to the 3rd the operator takes no orders: the close waits in the queue for the 4th.
    if (const AccountSession *clock = clockSource(); clock && m_context.orderQueue) {
        const BillingCalendar calendar(clock->info().billingTimeZone);
        const QDateTime now = clock->operatorNow();
        if (!calendar.isOrderingOpen(now)) {
            QueuedOrder order;
            order.kind = QueuedOrder::Kind::MonthClose;
            order.period = request.period;
            order.details = request.toJson();
            order.queuedAt = Clock::system().currentUtc();
            order.sendAt = calendar.reopensAt(now);
            QString error;
            if (!m_context.orderQueue->add(order, &error))
                return m_ui->closeMessage->showError(tr("The close could not be queued: %1").arg(error));
            m_ui->closeMessage->showInfo(
                tr("Ordering is closed until the invoices are formed. The close of %1 is queued and %2.")
                    .arg(PeriodTitle::inText(request.period), QueuedOrderText::whenSent(order.sendAt, calendar.operatorZone())));
            return;
        }
    }
    m_context.monthClose->setNames(ExportNameTemplate(ArchivePreferences::nameTemplate()));
    if (!m_context.monthClose->start(request)) {
        m_ui->closeMessage->showInfo(tr("The new invoices are being fetched for every organisation right now. Close "
                                        "the month again in a minute."));
        return;
    }
    // It may have ended already (no organisation could start): then the outcome is on show.
    if (m_context.monthClose->isRunning())
        showCloseProgress();
}

void OrganisationsPage::showCloseProgress()
{
    const MonthClose *close = m_context.monthClose;
    m_ui->closeBar->setVisible(close->isRunning());
    m_ui->cancelCloseButton->setVisible(close->isRunning());
    m_ui->showPackButton->hide();
    m_ui->closeBar->setValue(close->percent());
    int finished = 0;
    for (const AccountMonthClose *account : close->accounts())
        finished += account->isFinished() ? 1 : 0;
    m_ui->closeMessage->showInfo(tr("Closing %1: %2 of %n organisation(s) done.", "", int(close->accounts().size()))
                                     .arg(PeriodTitle::inText(close->request().period))
                                     .arg(finished));
    updateButtons(); // at once: no second close while this one runs
    scheduleRefresh();
}

void OrganisationsPage::showCloseOutcome()
{
    const MonthClose::Outcome &outcome = m_context.monthClose->outcome();
    m_ui->closeBar->hide();
    m_ui->cancelCloseButton->hide();
    m_ui->showPackButton->setVisible(!outcome.packPath.isEmpty());
    refreshRows();
    const QString month = PeriodTitle::inText(m_context.monthClose->request().period);
    if (outcome.cancelled)
        return m_ui->closeMessage->showInfo(tr("The close of %1 was stopped. Close the month again to go on: what "
                                               "was obtained stays.").arg(month));
    const QString counted = MonthCloseText::closedCount(outcome, m_context.monthClose->request().period);
    if (!outcome.packError.isEmpty())
        return m_ui->closeMessage->showError(counted + QLatin1Char(' ') + outcome.packError);
    if (outcome.isComplete())
        return m_ui->closeMessage->showSuccess(tr("%1 The pack is ready.").arg(counted));
    m_ui->closeMessage->showError(tr("%1 The pack holds what was obtained; the table says what is missing and why.")
                                      .arg(counted));
}

const AccountSession *OrganisationsPage::clockSource() const
{
    for (const AccountSession *session : m_context.accountSessions->sessions()) {
        if (session->isReady())
            return session;
    }
    return nullptr;
}

void OrganisationsPage::refreshQueue()
{
    const QList<QueuedOrder> orders =
        m_context.orderQueue ? m_context.orderQueue->since(Clock::system().currentUtc().addDays(-1)) : QList<QueuedOrder>();
    const AccountSession *clock = clockSource();
    const QTimeZone zone = clock ? clock->info().billingTimeZone : QTimeZone::systemTimeZone();
    const qint64 chosen = m_ui->queueList->currentItem() ? m_ui->queueList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_ui->queueList->clear();
    for (const QueuedOrder &order : orders) {
        auto *item = new QListWidgetItem(QueuedOrderText::line(order, zone), m_ui->queueList);
        item->setData(Qt::UserRole, order.id);
        item->setData(Qt::UserRole + 1, order.state == QueuedOrder::State::Queued);
        if (order.id == chosen)
            m_ui->queueList->setCurrentItem(item);
    }
    m_ui->queueList->setVisible(!orders.isEmpty());
    m_ui->cancelQueuedButton->setVisible(!orders.isEmpty());
    const QListWidgetItem *current = m_ui->queueList->currentItem();
    m_ui->cancelQueuedButton->setEnabled(current && current->data(Qt::UserRole + 1).toBool());
}

void OrganisationsPage::cancelQueued()
{
    const QListWidgetItem *item = m_ui->queueList->currentItem();
    if (item && m_context.orderQueue && !m_context.orderQueue->cancel(item->data(Qt::UserRole).toLongLong()))
        m_ui->closeMessage->showError(tr("The order is being sent already and can no longer be cancelled."));
}

void OrganisationsPage::showPack()
{
    const QString path = m_context.monthClose->outcome().packPath;
    const QString folder = QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath();
    if (!m_openFolder(folder))
        m_ui->closeMessage->showError(tr("No file manager was found on this computer to show the pack. It is in %1.")
                                          .arg(QDir::toNativeSeparators(path)));
}
