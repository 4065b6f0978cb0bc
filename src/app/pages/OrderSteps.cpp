#include "OrderSteps.h"

#include "api/ApiCall.h"
#include "archive/OrderJournal.h"
#include "close/OrderQueue.h"
#include "session/AccountSessions.h"
#include "format/QueuedOrderText.h"
#include "session/SessionController.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "navigation/MenuCatalog.h"
#include "widgets/InlineMessage.h"
#include "widgets/OrderProgressLabel.h"
#include "widgets/OrderingClosedBanner.h"

#include "time/Clock.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>

#include <algorithm>

OrderSteps::OrderSteps(PageId id, const PageContext &context, const Widgets &widgets, QWidget *page)
    : QObject(page)
    , m_context(context)
    , m_widgets(widgets)
{
    const MenuEntry entry = MenuCatalog::entry(id);
    page->setObjectName(entry.key);
    m_widgets.titleLabel->setText(entry.title);
    m_widgets.descriptionLabel->setText(entry.description);
    m_widgets.busyBar->setRange(0, 0);
    m_widgets.busyBar->hide();
    m_widgets.cancelButton->hide();
    if (m_context.invoicing)
        m_widgets.banner->setWatcher(m_context.invoicing);
    connect(m_widgets.banner, &OrderingClosedBanner::orderingOpenChanged, this, &OrderSteps::updateActions);
    m_widgets.progressLabel->setSources(m_context.orders, m_context.mailIntake);
    m_orderText = m_widgets.orderButton->text();
    connectButtons();
    // Enter does what the step is for, as the default button of a dialog would.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &OrderSteps::onPrimaryKey);
    }
    showStep(m_widgets.choiceStep);
}

void OrderSteps::connectButtons()
{
    connect(m_widgets.menuButton, &QPushButton::clicked, this, &OrderSteps::menuRequested);
    connect(m_widgets.nextButton, &QPushButton::clicked, this, &OrderSteps::onNextClicked);
    connect(m_widgets.backButton, &QPushButton::clicked, this, [this] { showStep(m_widgets.choiceStep); });
    connect(m_widgets.orderButton, &QPushButton::clicked, this, &OrderSteps::onOrderClicked);
    connect(m_widgets.againButton, &QPushButton::clicked, this, &OrderSteps::restart);
    connect(m_widgets.cancelButton, &QPushButton::clicked, this, &OrderSteps::cancelCalls);
}

void OrderSteps::setChoiceReady(bool ready)
{
    m_choiceReady = ready;
    updateActions();
}

void OrderSteps::loadAccount(QObject *context, std::function<void(const AccountInfo &)> use)
{
    track(m_context.api->account(context, [this, use = std::move(use)](const ApiResult<AccountInfo> &result) {
        if (!result.isOk())
            return showChoiceError(result.error());
        use(result.value());
    }));
}

void OrderSteps::track(ApiCall *call)
{
    if (!call)
        return;
    m_calls.append(call);
    // Connected after the page's callback, so it runs after it.
    connect(call, &ApiCall::finished, this, [this, call] {
        m_calls.removeAll(call);
        updateActions();
    });
    updateActions();
}

void OrderSteps::showChoiceError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        m_widgets.choiceMessage->showInfo(error.userMessage());
    else
        m_widgets.choiceMessage->showError(error.userMessage());
}

void OrderSteps::clearChoiceMessage()
{
    m_widgets.choiceMessage->clear();
}

void OrderSteps::restart()
{
    if (isBusy())
        return;
    m_widgets.confirmMessage->clear();
    showStep(m_widgets.choiceStep);
}

bool OrderSteps::reopen()
{
    if (isBusy())
        return false;
    restart();
    clearChoiceMessage();
    return true;
}

bool OrderSteps::isBusy() const
{
    return std::any_of(m_calls.cbegin(), m_calls.cend(), [](const QPointer<ApiCall> &call) { return !call.isNull(); });
}

bool OrderSteps::isOrderingOpen() const
{
    return m_widgets.banner->isOrderingOpen();
}

bool OrderSteps::canQueue() const
{
    if (isOrderingOpen() || !m_queued || !m_context.orderQueue || !m_context.invoicing
        || !m_context.invoicing->reopensAt().isValid() || !m_context.session || !m_context.session->currentAccount()
        || !m_context.accountSessions)
        return false;
    // The queue goes out through the account's own session, signed in with its kept password: without one,
    // a queued order could never go, so it is not offered.
    const AccountSession *own = m_context.accountSessions->find(m_context.session->currentAccount()->id());
    return own && own->isReady();
}

bool OrderSteps::isOnChoice() const
{
    return m_widgets.stack->currentWidget() == m_widgets.choiceStep;
}

void OrderSteps::showStep(QWidget *step)
{
    m_widgets.stack->setCurrentWidget(step);
    m_widgets.nextButton->setVisible(step == m_widgets.choiceStep);
    m_widgets.backButton->setVisible(step == m_widgets.confirmStep);
    m_widgets.orderButton->setVisible(step == m_widgets.confirmStep);
    m_widgets.againButton->setVisible(step == m_widgets.resultStep);
    QPushButton *primary = step == m_widgets.choiceStep    ? m_widgets.nextButton
                           : step == m_widgets.confirmStep ? m_widgets.orderButton
                                                           : m_widgets.menuButton;
    for (QPushButton *button : {m_widgets.nextButton, m_widgets.orderButton, m_widgets.menuButton})
        button->setDefault(button == primary);
    updateActions();
    if (primary->isEnabled() && m_widgets.stack->isVisible())
        primary->setFocus();
}

void OrderSteps::onNextClicked()
{
    if (!m_choiceReady || !(isOrderingOpen() || canQueue()) || isBusy())
        return;
    m_widgets.confirmMessage->clear();
    m_widgets.confirmationLabel->setText(m_order.confirmation ? m_order.confirmation() : QString());
    showStep(m_widgets.confirmStep);
}

void OrderSteps::onOrderClicked()
{
    if (!m_order.place || !(isOrderingOpen() || canQueue()) || isBusy())
        return;
    if (!isOrderingOpen())
        return queueOrder();
    m_widgets.confirmMessage->clear();
    m_orderCall = m_order.place(this, [this](const ApiResult<OrderReceipt> &result) { onOrderFinished(result); });
    track(m_orderCall);
}

void OrderSteps::onOrderFinished(const ApiResult<OrderReceipt> &result)
{
    m_calls.removeAll(m_orderCall);
    updateActions();
    if (!result.isOk()) {
        const ApiError &error = result.error();
        if (error.kind == ApiError::Kind::Cancelled) {
            m_widgets.confirmMessage->showInfo(error.userMessage());
            return;
        }
        m_widgets.confirmMessage->showError(error.userMessage());
        // The operator knows better than our last look at its clock: let the banner catch up.
        if (error.isProblem(u"invoicing_blackout") && m_context.invoicing)
            m_context.invoicing->refresh();
        return;
    }
    m_widgets.resultLabel->setText(m_order.receipt(result.value()));
    recordInJournal(result.value());
    showStep(m_widgets.resultStep);
    emit ordered(result.value());
}

void OrderSteps::queueOrder()
{
    QueuedOrder order = m_queued();
    order.accountId = m_context.session->currentAccount()->id();
    order.organisation = m_context.session->accountInfo().organisation.name;
    order.queuedAt = Clock::system().currentUtc();
    order.sendAt = m_context.invoicing->reopensAt();
    QString error;
    if (!m_context.orderQueue->add(order, &error)) {
        m_widgets.confirmMessage->showError(tr("The order could not be queued: %1").arg(error));
        return;
    }
    m_widgets.progressLabel->clearOrder();
    m_widgets.resultLabel->setText(
        tr("Ordering is closed while the invoices are being formed. The order is queued and %1; you can cancel it "
           "in «%2» until then.")
            .arg(QueuedOrderText::whenSent(order.sendAt, m_context.invoicing->operatorZone()),
                 MenuCatalog::entry(PageId::Organisations).title));
    showStep(m_widgets.resultStep);
}

void OrderSteps::recordInJournal(const OrderReceipt &receipt)
{
    m_widgets.progressLabel->clearOrder();
    if (!m_order.journalEntry || !m_context.orders || !m_context.session || !m_context.session->currentAccount())
        return;
    PlacedOrder order = m_order.journalEntry(receipt);
    order.accountId = m_context.session->currentAccount()->id();
    QString error;
    if (!m_context.orders->record(order, &error)) {
        // The order went out; only following it to the archive is lost, and the document still comes by e-mail.
        qWarning("orders: the order was not recorded in the journal: %ls", qUtf16Printable(error));
        return;
    }
    m_widgets.progressLabel->follow(order.orderId);
}

void OrderSteps::onPrimaryKey()
{
    auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
    if (focused && focused->isVisible() && focused->isEnabled()) {
        focused->click();
        return;
    }
    const QWidget *step = m_widgets.stack->currentWidget();
    QPushButton *primary = step == m_widgets.choiceStep    ? m_widgets.nextButton
                           : step == m_widgets.confirmStep ? m_widgets.orderButton
                                                           : m_widgets.menuButton;
    if (primary->isEnabled())
        primary->click();
}

void OrderSteps::cancelCalls()
{
    const QList<QPointer<ApiCall>> calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void OrderSteps::updateActions()
{
    const bool busy = isBusy();
    const bool open = isOrderingOpen();
    m_widgets.busyBar->setVisible(busy);
    m_widgets.cancelButton->setVisible(busy);
    const bool queues = !open && canQueue();
    m_widgets.nextButton->setEnabled((open || queues) && m_choiceReady && !busy);
    m_widgets.orderButton->setEnabled((open || queues) && !busy);
    m_widgets.orderButton->setText(queues ? tr("&Queue the order") : m_orderText);
    m_widgets.backButton->setEnabled(!busy);
    m_widgets.againButton->setEnabled(!busy);
    m_widgets.choiceStep->setEnabled(!busy);
}
