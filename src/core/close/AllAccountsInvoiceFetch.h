#pragma once

#include "close/MonthClose.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

class AccountSessions;

// The automatic fetch for an accounting firm: when the operator has formed last month's regular invoices (ordering
// reopens on the 4th), gets the invoice of every signed-in account that the archive lacks, a few accounts side by
// side, and says so once for all of them. Runs when asked (ArchivePreferences::automaticFetch) at start, when
// an account signs in, and when the operator's window opens.
class AllAccountsInvoiceFetch : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QStringList obtained; // the organisations whose invoice came
        QStringList failed;   // «organisation: why»
        BillingPeriod period;
    };

    AllAccountsInvoiceFetch(AccountSessions *sessions, const AccountMonthClose::Parts &parts, QObject *parent = nullptr);

    // For a firm of several accounts; it also waits for the user's «получать счета автоматически».
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isRunning() const { return m_close.isRunning(); }
    // The month close the user runs: never both at once (MonthClose::setPartner); this one waits for it.
    void setPartner(MonthClose *userClose);
    // Fetches what is due now; does nothing while disabled, running, or with nothing missing.
    void check();

signals:
    // Only after a fetch that had something to get.
    void finished(const AllAccountsInvoiceFetch::Outcome &outcome);

private:
    void onCloseFinished();
    void scheduleNextCheck(const QDateTime &operatorNow, const QDateTime &nextChange);

    AccountSessions *m_sessions;
    AccountMonthClose::Parts m_parts;
    MonthClose m_close;
    QTimer m_nextCheck;
    bool m_enabled = false;
};

Q_DECLARE_METATYPE(AllAccountsInvoiceFetch::Outcome)
