#include "SpendHistorySync.h"

#include "SpendHistory.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "time/Clock.h"

#include <QSet>

#include <algorithm>

SpendHistorySync::SpendHistorySync(OperatorApi *api, SpendHistory *history, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_history(history)
    , m_clock(clock)
{
}

void SpendHistorySync::setOwner(const std::optional<Owner> &owner)
{
    const bool wasRunning = isRunning();
    // Everything about the previous owner is forgotten before its call is cancelled: the cancel answers at
    // once, and that answer (like any later one for it) is dropped by its generation.
    ++m_generation;
    const QPointer<ApiCall> call = m_call;
    m_call = nullptr;
    m_missing.clear();
    m_again = false;
    m_owner = owner;
    if (call)
        call->cancel();
    if (wasRunning)
        emit finished(QString());
}

void SpendHistorySync::sync()
{
    if (!m_owner)
        return;
    if (isRunning()) {
        m_again = true;
        return;
    }
    emit started();
    const quint64 generation = m_generation;
    m_call = m_api->invoices(this, [this, generation](const ApiResult<QList<Invoice>> &result) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        if (!result.isOk())
            finish(result.error().userMessage());
        else
            onListed(result.value());
    });
}

void SpendHistorySync::onListed(const QList<Invoice> &invoices)
{
    QSet<QString> kept;
    for (const BillingPeriod &period : m_history->keptPeriods(m_owner->accountId))
        kept.insert(period.toString());
    QList<BillingPeriod> newest;
    for (const Invoice &invoice : invoices)
        newest.append(invoice.period);
    std::sort(newest.begin(), newest.end(), std::greater<>());
    newest = newest.mid(0, KeptMonths);
    m_missing.clear();
    for (const BillingPeriod &period : std::as_const(newest)) {
        if (!kept.contains(period.toString()))
            m_missing.append(period);
    }
    m_total = int(m_missing.size());
    fetchNext();
}

void SpendHistorySync::fetchNext()
{
    emit progressChanged(m_total - int(m_missing.size()), m_total);
    if (m_missing.isEmpty()) {
        finish(QString());
        return;
    }
    const BillingPeriod period = m_missing.constFirst();
    const quint64 generation = m_generation;
    m_call = m_api->invoice(period, this, [this, generation](const ApiResult<Invoice> &result) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        if (!result.isOk()) {
            m_missing.clear();
            finish(result.error().userMessage());
            return;
        }
        QString problem;
        if (!m_history->keepInvoice(m_owner->accountId, m_owner->organisation, result.value(), &problem)) {
            qWarning("spend history: an invoice's lines were not kept: %ls", qUtf16Printable(problem));
            m_missing.clear();
            finish(tr("The invoice's figures could not be saved in the archive."));
            return;
        }
        m_missing.removeFirst();
        emit invoiceKept(m_owner->accountId, result.value().period);
        fetchNext();
    });
}

void SpendHistorySync::finish(const QString &problem)
{
    emit finished(problem);
    if (m_again) {
        m_again = false;
        sync();
    }
}

void SpendHistorySync::keepCharges(const CurrentCharges &charges)
{
    if (!m_owner)
        return;
    QString problem;
    if (!m_history->keepCharges(m_owner->accountId, charges, m_clock.currentUtc(), &problem)) {
        qWarning("spend history: the current charges were not kept: %ls", qUtf16Printable(problem));
        return;
    }
    emit chargesKept(m_owner->accountId, charges.period);
}
