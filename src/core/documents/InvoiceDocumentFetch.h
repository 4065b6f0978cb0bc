#pragma once

#include "BillingPeriod.h"
#include "api/ApiError.h"
#include "archive/ArchivedDocument.h"
#include "documents/DocumentDownload.h"
#include "domain/Invoice.h"
#include "domain/InvoiceDocumentJob.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiCall;
class DocumentArchive;
class OperatorApi;
class PendingDocumentJobs;

// «Загрузить счет по ссылке» from start to end: orders the invoice document (or picks up a generation
// still running from an earlier start), follows its progress by long polling, downloads it as soon as
// the link is ready (renewing an expired link by itself), verifies it and puts it in the archive.
class InvoiceDocumentFetch : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Ordering, Generating, Downloading, Done, Failed, Cancelled };
    Q_ENUM(Stage)

    struct Owner
    {
        QString accountId;
        QString organisation;
        QString contract;
    };

    InvoiceDocumentFetch(OperatorApi *api, DocumentArchive *archive, PendingDocumentJobs *pending, const Owner &owner,
                         QObject *parent = nullptr);
    ~InvoiceDocumentFetch() override;

    void start(const BillingPeriod &period);
    void resume(const QString &jobId, const BillingPeriod &period);
    // Sends again an order whose answer never arrived (the app stopped), with its Idempotency-Key.
    void resumeOrder(const QString &orderKey, const BillingPeriod &period);
    // After a failure: picks up the same job where it stopped (keeping what was downloaded), or orders
    // afresh when the operator has no usable job.
    void retry();
    // Cancels the job at the operator too and removes the partial file.
    void cancel();

    bool isFinished() const { return m_stage == Stage::Done || m_stage == Stage::Failed || m_stage == Stage::Cancelled; }
    const Owner &owner() const { return m_owner; }

    Stage stage() const { return m_stage; }
    int generationProgress() const { return m_job.progress; }
    qint64 bytesReceived() const { return m_download ? m_download->bytesReceived() : 0; }
    qint64 bytesTotal() const { return m_job.download ? m_job.download->size : 0; }
    BillingPeriod period() const { return m_period; }
    QString jobId() const { return m_job.id; }
    std::optional<ArchivedDocument> document() const { return m_document; }
    // Why it failed, for the user.
    QString errorMessage() const { return m_errorMessage; }
    // What the user should know that is not a failure (the operator had lost the job and it was ordered again).
    QString notice() const { return m_notice; }

    static constexpr int LongPollSeconds = 25;

signals:
    void stageChanged(InvoiceDocumentFetch::Stage stage);
    void generationProgressChanged(int percent);
    void downloadProgressChanged(qint64 received, qint64 total);
    void finished();
    void noticeChanged(const QString &notice);

private:
    void fetchInvoiceFacts();
    void order();
    void follow();
    void reorderLostJob();
    void onJobChanged(const InvoiceDocumentJob &job);
    void download();
    void onDownloadFinished(DocumentDownload::Outcome outcome);
    void renewLink();
    void archive();
    void cancelAtOperator(const QString &jobId);
    void setStage(Stage stage);
    void fail(const QString &message);
    QString archiveFileName() const;

    OperatorApi *m_api;
    DocumentArchive *m_archive;
    PendingDocumentJobs *m_pending;
    Owner m_owner;
    BillingPeriod m_period;
    InvoiceDocumentJob m_job;
    std::optional<Invoice> m_invoice;
    Stage m_stage = Stage::Ordering;
    QPointer<ApiCall> m_call;
    DocumentDownload *m_download = nullptr;
    std::optional<ArchivedDocument> m_document;
    QString m_errorMessage;
    QString m_notice;
    bool m_reorderedLostJob = false;
    int m_linkRenewals = 0;
    QString m_orderKey; // one per order: a repeat after a lost answer gets the job already started
};
