#pragma once

#include "close/MonthClose.h"
#include "close/QueuedOrder.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class AccountSession;
class AccountSessions;
class OrderJournal;
class OrderQueue;
struct OrderReceipt;
template<typename T>
class ApiResult;

// Sends the queued orders when the operator's window opens, by the operator's clock (asked afresh before
// anything goes): each with its own Idempotency-Key, one taken at a time from the queue, the result kept with
// it and told. An order the operator still refuses as too early goes back to the queue for the new time.
class QueuedOrderSender : public QObject
{
    Q_OBJECT

public:
    // Starts a queued month-end close; false while one is running (it is tried again later).
    using CloseStarter = std::function<bool(const MonthClose::Request &request)>;

    static constexpr int CheckIntervalMs = 60 * 1000;

    QueuedOrderSender(OrderQueue *queue, AccountSessions *sessions, OrderJournal *orders, CloseStarter startClose,
                      QObject *parent = nullptr);

    // Looks at once, then every minute; an order left "being sent" by a stop goes again with its key.
    void start();
    // Looks now: what is due is sent.
    void checkNow();

signals:
    void sent(const QueuedOrder &order);
    void failed(const QueuedOrder &order);
    // A look has ended (whatever it sent): what tests wait for.
    void checked();

private:
    void checkAccount(AccountSession *session, const QList<QueuedOrder> &orders);
    void send(AccountSession *session, const QueuedOrder &order);
    void onAnswer(const QueuedOrder &order, const ApiResult<OrderReceipt> &result);
    void startClose(const QueuedOrder &order);
    void lookFinished();

    OrderQueue *m_queue;
    AccountSessions *m_sessions;
    OrderJournal *m_orders;
    CloseStarter m_startClose;
    QTimer m_timer;
    int m_looking = 0;       // accounts whose clock is being asked
    QSet<qint64> m_inFlight; // orders on their way now
};
