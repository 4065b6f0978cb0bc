#pragma once

#include "api/OperatorApi.h"
#include "archive/PlacedOrder.h"
#include "close/QueuedOrder.h"
#include "navigation/PageId.h"
#include "pages/PageContext.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;
class InlineMessage;
class OrderingClosedBanner;
class OrderProgressLabel;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWidget;

// Drives what every e-mail order of «Счета» shares: choose → «Далее» → confirm → «Заказать» → result, «Назад»,
// «В меню» and «Заказать еще»; the busy bar with its cancel button; the ordering-closed banner that locks the
// order buttons; and the messages next to the actions. A page only describes its choice, its confirmation
// and its call.
class OrderSteps : public QObject
{
    Q_OBJECT

public:
    // The page's own widgets, from its form.
    struct Widgets
    {
        // Every order page's form names these widgets alike; taking them by name means two of the same type
        // cannot be swapped by position.
        template<typename Form>
        static Widgets fromForm(const Form &form)
        {
            return {.titleLabel = form.titleLabel,
                    .descriptionLabel = form.descriptionLabel,
                    .banner = form.banner,
                    .stack = form.stepStack,
                    .choiceStep = form.choiceStep,
                    .confirmStep = form.confirmStep,
                    .resultStep = form.resultStep,
                    .choiceMessage = form.choiceMessage,
                    .confirmMessage = form.confirmMessage,
                    .confirmationLabel = form.confirmationLabel,
                    .resultLabel = form.resultLabel,
                    .progressLabel = form.progressLabel,
                    .busyBar = form.busyBar,
                    .cancelButton = form.cancelButton,
                    .menuButton = form.menuButton,
                    .backButton = form.backButton,
                    .nextButton = form.nextButton,
                    .orderButton = form.orderButton,
                    .againButton = form.againButton};
        }

        QLabel *titleLabel = nullptr;
        QLabel *descriptionLabel = nullptr;
        OrderingClosedBanner *banner = nullptr;
        QStackedWidget *stack = nullptr;
        QWidget *choiceStep = nullptr;
        QWidget *confirmStep = nullptr;
        QWidget *resultStep = nullptr;
        InlineMessage *choiceMessage = nullptr;
        InlineMessage *confirmMessage = nullptr;
        QLabel *confirmationLabel = nullptr;
        QLabel *resultLabel = nullptr;
        OrderProgressLabel *progressLabel = nullptr;
        QProgressBar *busyBar = nullptr;
        QPushButton *cancelButton = nullptr;
        QPushButton *menuButton = nullptr;
        QPushButton *backButton = nullptr;
        QPushButton *nextButton = nullptr;
        QPushButton *orderButton = nullptr;
        QPushButton *againButton = nullptr;
    };

    struct Order
    {
        std::function<QString()> confirmation;                           // what will happen, and where to
        std::function<ApiCall *(QObject *, ApiCallback<OrderReceipt>)> place; // starts the operator call
        std::function<QString(const OrderReceipt &)> receipt;             // what was ordered, and where it went
        // What the order is in the journal (kind, month, subscriber, the invoice's number and sum), so that
        // mail intake can match the operator's e-mail to it and the page can follow it to the archive.
        std::function<PlacedOrder(const OrderReceipt &)> journalEntry;
    };

    OrderSteps(PageId id, const PageContext &context, const Widgets &widgets, QWidget *page);

    void setOrder(const Order &order) { m_order = order; }
    // What the order is when it waits for the operator's window (kind, month, details): with it, «Далее» stays
    // open on the 1st to the 3rd and the order goes into the queue, to be sent on the 4th.
    void setQueued(std::function<QueuedOrder()> queued) { m_queued = std::move(queued); }
    // Whether the choice is complete enough for «Далее».
    void setChoiceReady(bool ready);
    // Shows the busy bar until the call ends; «Отмена» cancels it.
    void track(ApiCall *call);
    // Asks the operator for the account as it is now (an address may have changed since log-in) and hands
    // it to use(); a failure is shown next to the choice.
    void loadAccount(QObject *context, std::function<void(const AccountInfo &)> use);
    // A failed load of operator data, next to the choice; cancelled loads only say so.
    void showChoiceError(const ApiError &error);
    void clearChoiceMessage();
    // Back to the choice step, keeping the choices, unless a call is running.
    void restart();
    // A visit to the page: back to an unmarked choice, unless an order is on its way (then nothing changes
    // and false is returned, so the page keeps showing it).
    bool reopen();

    bool isBusy() const;
    bool isOrderingOpen() const;
    bool isOnChoice() const;
    // Ordering is closed, and this order can wait in the queue.
    bool canQueue() const;

signals:
    void menuRequested();
    void ordered(const OrderReceipt &receipt);

private:
    void connectButtons();
    void showStep(QWidget *step);
    void onNextClicked();
    void onOrderClicked();
    void onOrderFinished(const ApiResult<OrderReceipt> &result);
    void queueOrder();
    void onPrimaryKey();
    void recordInJournal(const OrderReceipt &receipt);
    void cancelCalls();
    void updateActions();

    const PageContext m_context;
    const Widgets m_widgets;
    Order m_order;
    std::function<QueuedOrder()> m_queued;
    QString m_orderText; // the order button's own text, while it does not queue
    bool m_choiceReady = false;
    QList<QPointer<ApiCall>> m_calls;
    QPointer<ApiCall> m_orderCall;
};
