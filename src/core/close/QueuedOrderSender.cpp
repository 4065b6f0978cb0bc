#include "QueuedOrderSender.h"

#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "archive/OrderJournal.h"
#include "close/OrderQueue.h"
#include "session/AccountSessions.h"

#include <QJsonArray>

namespace {
ArchivedDocument::Kind documentKindOf(QueuedOrder::Kind kind)
{
    switch (kind) {
    case QueuedOrder::Kind::CallDetails:
        return ArchivedDocument::Kind::CallDetails;
    case QueuedOrder::Kind::CurrentCharges:
        return ArchivedDocument::Kind::Charges;
    default:
        return ArchivedDocument::Kind::Invoice;
    }
}
} // namespace

QueuedOrderSender::QueuedOrderSender(OrderQueue *queue, AccountSessions *sessions, OrderJournal *orders,
                                     CloseStarter startClose, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_sessions(sessions)
    , m_orders(orders)
    , m_startClose(std::move(startClose))
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &QueuedOrderSender::checkNow);
    // An account that has just signed in may have orders waiting.
    connect(m_sessions, &AccountSessions::sessionChanged, this, [this](AccountSession *session) {
        if (session->isReady())
            checkNow();
    });
}

void QueuedOrderSender::start()
{
    m_timer.start();
    checkNow();
}

void QueuedOrderSender::checkNow()
{
    if (m_looking > 0)
        return; // a look is on its way; it sees the same queue
    QHash<AccountSession *, QList<QueuedOrder>> byAccount;
    AccountSession *anyReady = nullptr;
    for (AccountSession *session : m_sessions->sessions()) {
        if (session->isReady()) {
            anyReady = session;
            break;
        }
    }
    // An order "being sent" that is not on its way from here was cut short (a stop, a lost answer): it goes again
    // with its key. Only this process sends from this archive (ArchiveLock), so nobody else has it.
    for (const QueuedOrder &order : m_queue->pending()) {
        if (m_inFlight.contains(order.id))
            continue;
        // A month close goes by any account's clock: they all share the operator's.
        AccountSession *session = order.kind == QueuedOrder::Kind::MonthClose ? anyReady
                                                                               : m_sessions->find(order.accountId);
        if (session && session->isReady())
            byAccount[session].append(order);
    }
    if (byAccount.isEmpty())
        return lookFinished();
    m_looking = int(byAccount.size());
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        AccountSession *session = it.key();
        const QList<QueuedOrder> orders = it.value();
        session->syncClock(this, [this, session, orders](bool) {
            checkAccount(session, orders);
            if (--m_looking == 0)
                lookFinished();
        });
    }
}

void QueuedOrderSender::lookFinished()
{
    emit checked();
}

void QueuedOrderSender::checkAccount(AccountSession *session, const QList<QueuedOrder> &orders)
{
    const QDateTime now = session->operatorNow();
    for (const QueuedOrder &order : orders) {
        if (order.sendAt > now)
            continue;
        if (order.kind == QueuedOrder::Kind::MonthClose) {
            startClose(order);
            continue;
        }
        if (!m_queue->claim(order.id, order.state == QueuedOrder::State::Sending))
            continue; // cancelled meanwhile, or taken by another sender
        send(session, order);
    }
}

void QueuedOrderSender::startClose(const QueuedOrder &order)
{
    if (!m_queue->claim(order.id, order.state == QueuedOrder::State::Sending))
        return;
    if (!m_startClose(MonthClose::Request::fromJson(order.period, order.details))) {
        m_queue->postpone(order.id, order.sendAt); // a close is running: the next look tries again
        return;
    }
    m_queue->finish(order.id, QueuedOrder::State::Sent, QString());
    if (const std::optional<QueuedOrder> started = m_queue->find(order.id))
        emit sent(*started);
}

void QueuedOrderSender::send(AccountSession *session, const QueuedOrder &order)
{
    m_inFlight.insert(order.id);
    auto done = [this, order](const ApiResult<OrderReceipt> &result) { onAnswer(order, result); };
    OperatorApi *api = session->api();
    switch (order.kind) {
    case QueuedOrder::Kind::InvoiceRepeat:
        api->repeatInvoice(order.period, this, done, order.idempotencyKey);
        return;
    case QueuedOrder::Kind::CallDetails: {
        const QJsonValue subscriber = order.details.value(QStringLiteral("subscriber_id"));
        api->orderCallDetails(order.details.value(QStringLiteral("month")).toString() == QLatin1String("current")
                                  ? OperatorApi::CallDetailsMonth::Current
                                  : OperatorApi::CallDetailsMonth::Previous,
                              subscriber.isString() ? std::optional(subscriber.toString()) : std::nullopt,
                              order.details.value(QStringLiteral("format")).toString() == QLatin1String("csv")
                                  ? OperatorApi::DocumentFormat::Csv
                                  : OperatorApi::DocumentFormat::Pdf,
                              this, done, order.idempotencyKey);
        return;
    }
    case QueuedOrder::Kind::CurrentCharges: {
        QStringList ids;
        for (const QJsonValue &id : order.details.value(QStringLiteral("subscriber_ids")).toArray())
            ids.append(id.toString());
        api->orderCurrentCharges(ids, this, done, order.idempotencyKey);
        return;
    }
    case QueuedOrder::Kind::MonthClose:
        return;
    }
}

void QueuedOrderSender::onAnswer(const QueuedOrder &order, const ApiResult<OrderReceipt> &result)
{
    m_inFlight.remove(order.id);
    if (!result.isOk()) {
        const ApiError &error = result.error();
        // Too early after all (the operator's clock is the one that counts): back in the queue for its time.
        if (error.isProblem(u"invoicing_blackout") && error.reopensAt.isValid()) {
            m_queue->postpone(order.id, error.reopensAt);
            return;
        }
        // No answer: the order may have arrived; the next look sends it again with the same key.
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
            m_queue->postpone(order.id, order.sendAt);
            return;
        }
        m_queue->finish(order.id, QueuedOrder::State::Failed, error.userMessage());
        if (const std::optional<QueuedOrder> failedOrder = m_queue->find(order.id))
            emit failed(*failedOrder);
        return;
    }
    const OrderReceipt &receipt = result.value();
    QString error;
    if (!m_orders->record(PlacedOrder::from(receipt, order.accountId, documentKindOf(order.kind), order.period), &error))
        qWarning("queued orders: the order was sent but not recorded in the journal: %ls", qUtf16Printable(error));
    m_queue->finish(order.id, QueuedOrder::State::Sent, QString::number(receipt.orderNumber));
    if (const std::optional<QueuedOrder> sentOrder = m_queue->find(order.id))
        emit sent(*sentOrder);
}
