#include "DocumentFetchQueue.h"

#include "documents/PendingDocumentJobs.h"

DocumentFetchQueue::DocumentFetchQueue(OperatorApi *api, DocumentArchive *archive, PendingDocumentJobs *pending,
                                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_archive(archive)
    , m_pending(pending)
{
}

DocumentFetchQueue::~DocumentFetchQueue()
{
    abandonAll();
}

InvoiceDocumentFetch *DocumentFetchQueue::start(const InvoiceDocumentFetch::Owner &owner, const BillingPeriod &period)
{
    if (InvoiceDocumentFetch *existing = find(owner.accountId, period)) {
        if (!existing->isFinished())
            return existing; // never two orders for the same document at once
        forget(existing);
    }
    InvoiceDocumentFetch *fetch = create(owner);
    fetch->start(period);
    emit fetchStarted(fetch);
    return fetch;
}

int DocumentFetchQueue::resumePending(const InvoiceDocumentFetch::Owner &owner)
{
    int resumed = 0;
    for (const PendingDocumentJobs::Job &job : m_pending->jobs(owner.accountId)) {
        InvoiceDocumentFetch *older = find(owner.accountId, job.period);
        if (job.jobId.isEmpty() ? older && !older->isFinished() : findJob(job.jobId) != nullptr)
            continue;
        if (older && older->isFinished())
            forget(older);
        InvoiceDocumentFetch *fetch = create(owner);
        if (job.jobId.isEmpty())
            fetch->resumeOrder(job.orderKey, job.period);
        else
            fetch->resume(job.jobId, job.period);
        emit fetchStarted(fetch);
        ++resumed;
    }
    return resumed;
}

void DocumentFetchQueue::abandonAll()
{
    const QList<InvoiceDocumentFetch *> all = m_fetches;
    m_fetches.clear();
    for (InvoiceDocumentFetch *fetch : all) {
        fetch->disconnect(this);
        delete fetch; // its destructor stops the calls and leaves the job pending at the operator
    }
}

QList<InvoiceDocumentFetch *> DocumentFetchQueue::fetches(const QString &accountId) const
{
    QList<InvoiceDocumentFetch *> result;
    for (InvoiceDocumentFetch *fetch : m_fetches) {
        if (fetch->owner().accountId == accountId)
            result.append(fetch);
    }
    return result;
}

QList<InvoiceDocumentFetch *> DocumentFetchQueue::activeFetches(const QString &accountId) const
{
    QList<InvoiceDocumentFetch *> result = fetches(accountId);
    result.removeIf([](const InvoiceDocumentFetch *fetch) { return fetch->isFinished(); });
    return result;
}

InvoiceDocumentFetch *DocumentFetchQueue::latest(const QString &accountId) const
{
    const QList<InvoiceDocumentFetch *> mine = fetches(accountId);
    return mine.isEmpty() ? nullptr : mine.constLast();
}

InvoiceDocumentFetch *DocumentFetchQueue::find(const QString &accountId, const BillingPeriod &period) const
{
    for (auto it = m_fetches.crbegin(); it != m_fetches.crend(); ++it) {
        if ((*it)->owner().accountId == accountId && (*it)->period() == period)
            return *it;
    }
    return nullptr;
}

InvoiceDocumentFetch *DocumentFetchQueue::findJob(const QString &jobId) const
{
    for (InvoiceDocumentFetch *fetch : m_fetches) {
        if (!jobId.isEmpty() && fetch->jobId() == jobId)
            return fetch;
    }
    return nullptr;
}

InvoiceDocumentFetch *DocumentFetchQueue::create(const InvoiceDocumentFetch::Owner &owner)
{
    auto *fetch = new InvoiceDocumentFetch(m_api, m_archive, m_pending, owner, this);
    connect(fetch, &InvoiceDocumentFetch::finished, this, [this, fetch] { emit fetchFinished(fetch); });
    m_fetches.append(fetch);
    return fetch;
}

void DocumentFetchQueue::forget(InvoiceDocumentFetch *fetch)
{
    m_fetches.removeOne(fetch);
    fetch->disconnect(this);
    // Later: a page may be in the middle of handling one of its signals.
    fetch->deleteLater();
}
