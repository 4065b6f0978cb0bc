#include "AccountOverview.h"

#include "BillingCalendar.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "documents/PendingDocumentJobs.h"
#include "session/AccountSession.h"

AccountOverview AccountOverview::of(const AccountSession &session, const DocumentArchive &archive,
                                    const OrderJournal &orders, const PendingDocumentJobs &pending,
                                    const QDateTime &lastSeen)
{
    AccountOverview overview;
    if (archive.isOpen())
        overview.newDocuments = archive.countObtainedSince(session.accountId(), lastSeen);
    if (!session.isReady())
        return overview;
    const BillingCalendar calendar(session.info().billingTimeZone);
    const QDateTime now = session.operatorNow();
    overview.lastMonth = calendar.currentPeriod(now).previous();
    overview.orderingOpen = calendar.isOrderingOpen(now);
    overview.reopensAt = calendar.reopensAt(now);
    if (!archive.isOpen())
        return overview;
    if (const std::optional<ArchivedDocument> invoice = archive.findInvoice(session.accountId(), overview.lastMonth)) {
        overview.lastInvoice = invoice->origin == ArchivedDocument::Origin::Mail ? LastInvoice::ArrivedByMail
                                                                                 : LastInvoice::InArchive;
        return overview;
    }
    const QList<PendingDocumentJobs::Job> jobs = pending.jobs(session.accountId());
    const bool generating = std::any_of(jobs.cbegin(), jobs.cend(), [&overview](const PendingDocumentJobs::Job &job) {
        return job.period == overview.lastMonth;
    });
    if (generating)
        overview.lastInvoice = LastInvoice::Generating;
    else if (orders.oldestOpen(session.accountId(), ArchivedDocument::Kind::Invoice, overview.lastMonth))
        overview.lastInvoice = LastInvoice::Ordered;
    else
        overview.lastInvoice = LastInvoice::Missing;
    return overview;
}
