#pragma once

#include "BillingPeriod.h"
#include "archive/ArchivedDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class AccountSession;
class ApiCall;
class DocumentArchive;
class InvoiceDocumentFetch;
class OrderJournal;
class PendingDocumentJobs;
struct OrderReceipt;
template<typename T>
class ApiResult;

// One organisation's part of a month-end close: gets each chosen document of the period into the archive
// (the regular invoice by link when it is one of the downloadable months, otherwise ordered to e-mail and
// taken from the mailbox by mail intake), skipping what the archive already has and never ordering what
// is already on its way (a generation left pending, an e-mail order still open).
class AccountMonthClose : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        DocumentArchive *archive = nullptr;
        PendingDocumentJobs *pending = nullptr;
        OrderJournal *orders = nullptr;
        // Mail intake reads the mailbox: an e-mailed document is waited for. Otherwise ordering it is the end.
        bool mailIntakeRuns = false;
    };

    struct Item
    {
        enum class Status { Waiting, Working, AwaitingMail, Filed, AlreadyFiled, Unavailable, Failed, Cancelled };

        ArchivedDocument::Kind kind = ArchivedDocument::Kind::Invoice;
        Status status = Status::Waiting;
        int percent = 0;
        qint64 documentId = 0;
        QString message; // why it is unavailable or failed, for the user

        bool isFinal(bool mailIntakeRuns) const;
        bool isFiled() const { return status == Status::Filed || status == Status::AlreadyFiled; }
    };

    AccountMonthClose(AccountSession *session, const Parts &parts, const BillingPeriod &period,
                      const QList<ArchivedDocument::Kind> &kinds, QObject *parent = nullptr);
    ~AccountMonthClose() override;

    void start();
    // Stops following; a generation already started stays pending at the operator for the next run.
    void cancel();

    AccountSession *session() const { return m_session; }
    QString accountId() const;
    BillingPeriod period() const { return m_period; }
    const QList<Item> &items() const { return m_items; }
    bool isFinished() const { return m_finished; }
    // Every document filed (now or before).
    bool isComplete() const;
    // The whole account's progress, 0..100.
    int percent() const;

signals:
    void changed();
    void finished();

private:
    void onSessionChanged();
    void next();
    void getInvoice(Item &item);
    void getByMail(Item &item, const std::function<ApiCall *(QObject *, std::function<void(const ApiResult<OrderReceipt> &)>)> &place);
    void getCallDetails(Item &item);
    void getCharges(Item &item);
    void awaitOrder(ArchivedDocument::Kind kind, const QString &orderId);
    void onOrderChanged(const QString &orderId);
    std::optional<ArchivedDocument> archived(ArchivedDocument::Kind kind) const;
    Item *itemOf(ArchivedDocument::Kind kind);
    void settle(Item &item, Item::Status status, const QString &message = QString(), qint64 documentId = 0);
    void failAll(const QString &message);
    void finishIfDone();

    AccountSession *m_session;
    Parts m_parts;
    BillingPeriod m_period;
    QList<Item> m_items;
    QHash<QString, ArchivedDocument::Kind> m_awaitedOrders; // order id → kind
    QPointer<InvoiceDocumentFetch> m_fetch;
    QPointer<ApiCall> m_call;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};
