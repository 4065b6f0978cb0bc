#pragma once

#include "BillingPeriod.h"
#include "DownloadLink.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The operator generating an invoice document on demand; the link appears when it is ready.
struct InvoiceDocumentJob
{
    enum class Status { Queued, Generating, Ready, Failed, Cancelled };

    QString id;
    BillingPeriod period;
    Status status = Status::Queued;
    int progress = 0; // percent, 0..100
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<DownloadLink> download; // present exactly while Ready

    // Nothing will change any more: ready, failed or cancelled.
    bool isFinished() const
    {
        return status == Status::Ready || status == Status::Failed || status == Status::Cancelled;
    }
};
