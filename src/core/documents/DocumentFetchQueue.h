#pragma once

#include "BillingPeriod.h"
#include "documents/InvoiceDocumentFetch.h"

#include <QList>
#include <QObject>

class DocumentArchive;
class OperatorApi;
class PendingDocumentJobs;

// Every invoice-document fetch of the running app, owned here and not by a page: the user can leave the
// page and come back to the same progress, and generations still running at the operator when the app
// closed are picked up again at the next log-in.
class DocumentFetchQueue : public QObject
{
    Q_OBJECT

public:
    DocumentFetchQueue(OperatorApi *api, DocumentArchive *archive, PendingDocumentJobs *pending,
                       QObject *parent = nullptr);
    ~DocumentFetchQueue() override;

    // Orders the invoice document for the period, or returns the fetch for it that is still running.
    InvoiceDocumentFetch *start(const InvoiceDocumentFetch::Owner &owner, const BillingPeriod &period);
    // At log-in: follows again every generation this account left pending. Returns how many it resumed;
    // calling it again resumes nothing twice.
    int resumePending(const InvoiceDocumentFetch::Owner &owner);
    // At log-out: stops following without cancelling anything at the operator; the jobs stay pending.
    void abandonAll();

    QList<InvoiceDocumentFetch *> fetches(const QString &accountId) const;
    QList<InvoiceDocumentFetch *> activeFetches(const QString &accountId) const;
    // The one started or resumed last for the account, finished or not; nullptr if none.
    InvoiceDocumentFetch *latest(const QString &accountId) const;
    InvoiceDocumentFetch *find(const QString &accountId, const BillingPeriod &period) const;
    InvoiceDocumentFetch *findJob(const QString &jobId) const;

signals:
    void fetchStarted(InvoiceDocumentFetch *fetch);
    void fetchFinished(InvoiceDocumentFetch *fetch);

private:
    InvoiceDocumentFetch *create(const InvoiceDocumentFetch::Owner &owner);
    void forget(InvoiceDocumentFetch *fetch);

    OperatorApi *m_api;
    DocumentArchive *m_archive;
    PendingDocumentJobs *m_pending;
    QList<InvoiceDocumentFetch *> m_fetches; // children; the last started comes last
};
