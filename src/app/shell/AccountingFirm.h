#pragma once

#include "close/MonthClose.h"

#include <QObject>

class AccountList;
class AccountSecrets;
class AccountSessions;
class AllAccountsInvoiceFetch;
class DesktopNotifier;
class DocumentArchive;
class OrderJournal;
class OrderQueue;
class PendingDocumentJobs;
class QStatusBar;
class QueuedOrderSender;

// Every remembered account at once, for a firm that keeps the books of many organisations: a session per account,
// the month-end close, the orders queued for the 4th, and the automatic fetch for all; and what they tell the user
// (one notice each, the status bar when an interrupted close goes on). The composition root makes one.
class AccountingFirm : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        AccountList *accounts = nullptr;
        AccountSecrets *secrets = nullptr;
        DocumentArchive *archive = nullptr;
        PendingDocumentJobs *pending = nullptr;
        OrderJournal *orders = nullptr;
    };

    explicit AccountingFirm(const Parts &parts, QObject *parent = nullptr);

    AccountSessions *sessions() const { return m_sessions; }
    MonthClose *monthClose() const { return m_monthClose; }
    OrderQueue *orderQueue() const { return m_queue; }
    AllAccountsInvoiceFetch *allAccountsFetch() const { return m_allAccountsFetch; }

    // Where it speaks to the user; the window is made after the pages' context, which needs this firm.
    void setShell(DesktopNotifier *notifier, QStatusBar *statusBar);
    // After the first paint (and the demo operator, if any): signs every account in and sends what is queued.
    void start();
    // False while a close runs.
    bool startMonthClose(const MonthClose::Request &request);

private:
    void wireNotices();
    void resumeInterruptedClose();

    Parts m_parts;
    DesktopNotifier *m_notifier = nullptr;
    QStatusBar *m_statusBar = nullptr;
    AccountSessions *m_sessions;
    MonthClose *m_monthClose;
    OrderQueue *m_queue;
    QueuedOrderSender *m_queueSender;
    AllAccountsInvoiceFetch *m_allAccountsFetch;
};
