#pragma once

#include "BillingPeriod.h"
#include "archive/ArchivedDocument.h"
#include "documents/InvoiceDocumentFetch.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <optional>

class DocumentArchive;
class DocumentFetchQueue;
class InvoicingWindowWatcher;

// When the user asked for it (ArchivePreferences::automaticFetch), obtains the logged-in account's regular
// invoice for the last month by itself, once the operator has formed it (ordering reopens after the 3rd):
// at log-in and whenever the watcher says ordering has opened, unless the archive already has it.
class AutomaticInvoiceFetch : public QObject
{
    Q_OBJECT

public:
    AutomaticInvoiceFetch(DocumentFetchQueue *fetches, DocumentArchive *archive, InvoicingWindowWatcher *invoicing,
                          QObject *parent = nullptr);

    // The logged-in account, or nothing after log-out.
    void setOwner(const std::optional<InvoiceDocumentFetch::Owner> &owner);
    // Starts the fetch when one is due; returns it (or the one already running), else nullptr.
    InvoiceDocumentFetch *check();

signals:
    void obtained(const ArchivedDocument &document);
    void failed(const QString &message);

private:
    void follow(InvoiceDocumentFetch *fetch);

    DocumentFetchQueue *m_fetches;
    DocumentArchive *m_archive;
    InvoicingWindowWatcher *m_invoicing;
    std::optional<InvoiceDocumentFetch::Owner> m_owner;
    QSet<InvoiceDocumentFetch *> m_following;
};
