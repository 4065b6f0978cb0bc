#include "InvoiceDocumentFetch.h"

#include "PendingDocumentJobs.h"
#include "api/ApiCall.h"
#include "api/OperatorApi.h"
#include "archive/DocumentArchive.h"
#include "archive/ExportNameTemplate.h"

#include <QFile>
#include <QUuid>

namespace {
constexpr int MaxLinkRenewals = 3;
} // namespace

InvoiceDocumentFetch::InvoiceDocumentFetch(OperatorApi *api, DocumentArchive *archive, PendingDocumentJobs *pending,
                                           const Owner &owner, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_archive(archive)
    , m_pending(pending)
    , m_owner(owner)
{
}

InvoiceDocumentFetch::~InvoiceDocumentFetch()
{
    // Going away is not a failure and not a cancellation at the operator: the job stays pending for the next
    // start. The aborted call answers synchronously; this stage makes its callback a no-op instead of
    // emitting signals from an object being destroyed.
    m_stage = Stage::Cancelled;
    if (m_call)
        m_call->cancel();
}

void InvoiceDocumentFetch::start(const BillingPeriod &period)
{
    m_period = period;
    setStage(Stage::Ordering);
    fetchInvoiceFacts();
}

void InvoiceDocumentFetch::resume(const QString &jobId, const BillingPeriod &period)
{
    m_period = period;
    m_job.id = jobId;
    m_job.period = period;
    setStage(Stage::Generating);
    fetchInvoiceFacts();
}

void InvoiceDocumentFetch::resumeOrder(const QString &orderKey, const BillingPeriod &period)
{
    m_orderKey = orderKey;
    start(period);
}

void InvoiceDocumentFetch::fetchInvoiceFacts()
{
    // The regular invoice's number and amount describe the document in the archive.
    m_call = m_api->invoice(m_period, this, [this](const ApiResult<Invoice> &result) {
        if (m_stage == Stage::Cancelled)
            return;
        if (!result.isOk())
            return fail(result.error().userMessage());
        m_invoice = result.value();
        if (m_job.id.isEmpty())
            order();
        else
            follow();
    });
}

void InvoiceDocumentFetch::order()
{
    if (m_orderKey.isEmpty())
        m_orderKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Kept until the answer arrives: should the app stop first, its next start sends this order again with the
    // same key and so gets the job the operator started, instead of leaving it behind or ordering twice.
    m_pending->add(m_owner.accountId, {QString(), m_period, m_orderKey});
    m_call = m_api->orderInvoiceDocument(m_period, this, [this](const ApiResult<InvoiceDocumentJob> &result) {
        if (m_stage == Stage::Cancelled) {
            // Cancelled while the order was on its way: the operator started the job all the same.
            if (result.isOk())
                cancelAtOperator(result.value().id);
            return;
        }
        if (!result.isOk()) {
            // No answer, or one that could not be read: the operator may have started the job, so the key stays
            // for «Повторить» or the next start. A refusal is final.
            const ApiError::Kind kind = result.error().kind;
            if (kind != ApiError::Kind::Network && kind != ApiError::Kind::Timeout && kind != ApiError::Kind::Protocol)
                m_pending->removeOrder(m_owner.accountId, m_orderKey);
            return fail(result.error().userMessage());
        }
        m_pending->add(m_owner.accountId, {result.value().id, m_period, m_orderKey});
        setStage(Stage::Generating);
        onJobChanged(result.value());
    }, m_orderKey);
}

void InvoiceDocumentFetch::follow()
{
    m_call = m_api->invoiceDocumentJob(m_job.id, LongPollSeconds, this,
                                       [this](const ApiResult<InvoiceDocumentJob> &result) {
        if (!result.isOk()) {
            if (result.error().isProblem(u"not_found")) {
                m_pending->remove(m_owner.accountId, m_job.id);
                if (!m_reorderedLostJob)
                    return reorderLostJob();
            }
            return fail(result.error().userMessage());
        }
        onJobChanged(result.value());
    });
}

void InvoiceDocumentFetch::reorderLostJob()
{
    // The operator no longer knows the job (it stopped while forming it, and a job lives only as long as the
    // operator keeps it): the old job is gone, so ordering once more is not a second order of the same document.
    m_reorderedLostJob = true;
    m_notice = tr("The operator no longer had the invoice that was being formed, so it has been ordered again.");
    emit noticeChanged(m_notice);
    m_job = InvoiceDocumentJob();
    m_orderKey.clear();
    setStage(Stage::Ordering);
    order();
}

void InvoiceDocumentFetch::onJobChanged(const InvoiceDocumentJob &job)
{
    m_job = job;
    emit generationProgressChanged(job.progress);
    switch (job.status) {
    case InvoiceDocumentJob::Status::Queued:
    case InvoiceDocumentJob::Status::Generating:
        return follow();
    case InvoiceDocumentJob::Status::Ready:
        return download();
    case InvoiceDocumentJob::Status::Failed:
        m_pending->remove(m_owner.accountId, job.id);
        return fail(tr("The operator could not form the invoice. Try ordering it again."));
    case InvoiceDocumentJob::Status::Cancelled:
        m_pending->remove(m_owner.accountId, job.id);
        setStage(Stage::Cancelled);
        emit finished();
        return;
    }
}

QString InvoiceDocumentFetch::archiveFileName() const
{
    const QString number = m_invoice ? m_invoice->number : m_job.id;
    return ExportNameTemplate::safeFileName(QStringLiteral("%1_%2_invoice_%3_%4.pdf")
                               .arg(m_owner.contract, m_period.toString(), number, m_job.id.left(12)));
}

void InvoiceDocumentFetch::download()
{
    setStage(Stage::Downloading);
    if (!m_download) {
        m_download = new DocumentDownload(m_api->connection(), *m_job.download,
                                          m_archive->pathOf(archiveFileName()), this);
        connect(m_download, &DocumentDownload::progressChanged, this, &InvoiceDocumentFetch::downloadProgressChanged);
        connect(m_download, &DocumentDownload::finished, this, &InvoiceDocumentFetch::onDownloadFinished);
        m_download->start();
    } else {
        m_download->resume(*m_job.download);
    }
}

void InvoiceDocumentFetch::onDownloadFinished(DocumentDownload::Outcome outcome)
{
    switch (outcome) {
    case DocumentDownload::Outcome::Verified:
        return archive();
    case DocumentDownload::Outcome::LinkExpired:
        return renewLink();
    case DocumentDownload::Outcome::Cancelled:
        return;
    case DocumentDownload::Outcome::Corrupted:
        QFile::remove(m_download->partialPath()); // emptied already; nothing of a bad copy stays behind
        return fail(tr("The downloaded invoice did not match the operator's checksum and was discarded. "
                       "Try again."));
    case DocumentDownload::Outcome::DiskError:
        return fail(tr("The invoice could not be saved on this computer: %1").arg(m_download->errorDetail()));
    case DocumentDownload::Outcome::Failed:
        return fail(tr("The download was interrupted. Check the connection and try again; what was already "
                       "downloaded is kept."));
    }
}

void InvoiceDocumentFetch::renewLink()
{
    if (++m_linkRenewals > MaxLinkRenewals)
        return fail(tr("The operator keeps refusing the download link. Try again later."));
    m_call = m_api->renewDownloadLink(m_job.id, this, [this](const ApiResult<DownloadLink> &result) {
        if (!result.isOk())
            return fail(result.error().userMessage());
        m_job.download = result.value();
        download();
    });
}

void InvoiceDocumentFetch::archive()
{
    ArchivedDocument document;
    document.accountId = m_owner.accountId;
    document.organisation = m_owner.organisation;
    document.contract = m_owner.contract;
    document.period = m_period;
    document.kind = ArchivedDocument::Kind::Invoice;
    document.number = m_invoice ? m_invoice->number : QString();
    document.amount = m_invoice ? m_invoice->amount : Money();
    document.obtainedAt = QDateTime::currentDateTimeUtc();
    document.size = m_job.download->size;
    document.sha256 = m_job.download->sha256;
    document.fileName = archiveFileName();
    QString error;
    const std::optional<qint64> id = m_archive->add(document, &error);
    if (!id)
        return fail(tr("The invoice was downloaded but could not be recorded in the archive: %1").arg(error));
    document.id = *id;
    m_document = document;
    m_pending->remove(m_owner.accountId, m_job.id);
    setStage(Stage::Done);
    emit finished();
}

void InvoiceDocumentFetch::retry()
{
    if (m_stage != Stage::Failed)
        return;
    m_errorMessage.clear();
    m_linkRenewals = 0;
    const bool jobUsable = !m_job.id.isEmpty() && m_job.status != InvoiceDocumentJob::Status::Failed
                           && m_job.status != InvoiceDocumentJob::Status::Cancelled;
    if (!jobUsable) {
        // A job the operator failed or cancelled needs a new order; an order whose answer never arrived
        // keeps its key, so ordering again returns that same job.
        if (!m_job.id.isEmpty())
            m_orderKey.clear();
        m_job = InvoiceDocumentJob();
    }
    setStage(m_job.id.isEmpty() ? Stage::Ordering : Stage::Generating);
    fetchInvoiceFacts();
}

void InvoiceDocumentFetch::cancel()
{
    if (isFinished())
        return;
    const bool orderOnItsWay = m_stage == Stage::Ordering && m_job.id.isEmpty() && m_invoice.has_value();
    setStage(Stage::Cancelled); // first: the aborted calls below report back, and must not read as failures
    if (m_call && !orderOnItsWay)
        m_call->cancel();
    if (m_job.id.isEmpty() && !m_orderKey.isEmpty())
        m_pending->removeOrder(m_owner.accountId, m_orderKey); // also an order resumed at start, before it is sent
    if (m_download) {
        m_download->cancel();
        QFile::remove(m_download->partialPath());
    }
    if (!m_job.id.isEmpty())
        cancelAtOperator(m_job.id);
    emit finished();
}

void InvoiceDocumentFetch::cancelAtOperator(const QString &jobId)
{
    m_pending->remove(m_owner.accountId, jobId);
    // The api as context: the cancellation must reach the operator even if this fetch is deleted meanwhile.
    m_api->cancelInvoiceDocument(jobId, m_api, [](const ApiResult<InvoiceDocumentJob> &) {});
}

void InvoiceDocumentFetch::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void InvoiceDocumentFetch::fail(const QString &message)
{
    if (m_stage == Stage::Cancelled)
        return;
    m_errorMessage = message;
    setStage(Stage::Failed);
    emit finished();
}
