#include "AutomaticInvoiceFetch.h"

#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "documents/DocumentFetchQueue.h"
#include "invoicing/InvoicingWindowWatcher.h"

AutomaticInvoiceFetch::AutomaticInvoiceFetch(DocumentFetchQueue *fetches, DocumentArchive *archive,
                                             InvoicingWindowWatcher *invoicing, QObject *parent)
    : QObject(parent)
    , m_fetches(fetches)
    , m_archive(archive)
    , m_invoicing(invoicing)
{
    connect(m_invoicing, &InvoicingWindowWatcher::changed, this, [this] { check(); });
}

void AutomaticInvoiceFetch::setOwner(const std::optional<InvoiceDocumentFetch::Owner> &owner)
{
    m_owner = owner;
    if (m_owner)
        check();
}

InvoiceDocumentFetch *AutomaticInvoiceFetch::check()
{
    if (!m_owner || !ArchivePreferences::automaticFetch() || !m_archive->isOpen() || !m_invoicing->isKnown()
        || !m_invoicing->isOpen())
        return nullptr;
    const std::optional<BillingPeriod> period = m_invoicing->calendar().newestFormedInvoice(m_invoicing->operatorNow());
    if (!period || m_archive->findInvoice(m_owner->accountId, *period))
        return nullptr;
    InvoiceDocumentFetch *fetch = m_fetches->find(m_owner->accountId, *period);
    if (fetch && fetch->stage() == InvoiceDocumentFetch::Stage::Failed)
        return fetch; // the user sees the failure on the download page; no retry storm from here
    if (!fetch || fetch->isFinished())
        fetch = m_fetches->start(*m_owner, *period);
    follow(fetch);
    return fetch;
}

void AutomaticInvoiceFetch::follow(InvoiceDocumentFetch *fetch)
{
    if (!fetch || m_following.contains(fetch))
        return;
    m_following.insert(fetch);
    connect(fetch, &QObject::destroyed, this, [this, fetch] { m_following.remove(fetch); });
    connect(fetch, &InvoiceDocumentFetch::finished, this, [this, fetch] {
        m_following.remove(fetch);
        if (fetch->stage() == InvoiceDocumentFetch::Stage::Done && fetch->document())
            emit obtained(*fetch->document());
        else if (fetch->stage() == InvoiceDocumentFetch::Stage::Failed)
            emit failed(fetch->errorMessage());
    });
}
