#pragma once

#include "BillingPeriod.h"
#include "api/ApiCall.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class Clock;
class OperatorApi;
class SpendHistory;
struct CurrentCharges;
struct Invoice;

// Keeps the logged-in account's invoice numbers in the spend history: the lines of each of the newest
// KeptMonths regular invoices the history does not have yet, fetched one at a time, and the current
// charges whenever a page has seen them. Run at log-in and whenever a new regular invoice was filed.
class SpendHistorySync : public QObject
{
    Q_OBJECT

public:
    // A year to chart, and one month more for "the same month a year ago".
    static constexpr int KeptMonths = 13;

    struct Owner
    {
        QString accountId;
        QString organisation;
    };

    SpendHistorySync(OperatorApi *api, SpendHistory *history, const Clock &clock, QObject *parent = nullptr);

    // The logged-in account, or nothing after log-out (which stops a sync under way).
    void setOwner(const std::optional<Owner> &owner);
    std::optional<Owner> owner() const { return m_owner; }
    // Fetches what is missing; a sync already under way runs again once it ends.
    void sync();
    bool isRunning() const { return m_call || !m_missing.isEmpty(); }
    // What a page saw of the current period, kept for the reconciliation with the month's invoice.
    void keepCharges(const CurrentCharges &charges);

signals:
    void started();
    void progressChanged(int done, int total);
    void invoiceKept(const QString &accountId, const BillingPeriod &period);
    void chargesKept(const QString &accountId, const BillingPeriod &period);
    // problem is empty when everything was kept.
    void finished(const QString &problem);

private:
    void onListed(const QList<Invoice> &invoices);
    void fetchNext();
    void finish(const QString &problem);

    OperatorApi *m_api;
    SpendHistory *m_history;
    const Clock &m_clock;
    std::optional<Owner> m_owner;
    QPointer<ApiCall> m_call;
    QList<BillingPeriod> m_missing;
    int m_total = 0;
    bool m_again = false;
    quint64 m_generation = 0; // which owner's sync an answer belongs to
};
