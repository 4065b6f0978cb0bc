#pragma once

#include "BillingPeriod.h"

#include <QList>
#include <QString>

// Invoice generations still running at the operator, per account, kept in the settings so that the
// next start of the app picks them up again. An order whose answer has not arrived yet is kept by its
// Idempotency-Key: sent again with it, the operator answers with the job it started (or starts it once).
// Job ids and order keys are not secrets; links never land here.
class PendingDocumentJobs
{
public:
    struct Job
    {
        QString jobId; // empty while the order is on its way
        BillingPeriod period;
        QString orderKey;
    };

    QList<Job> jobs(const QString &accountId) const;
    void add(const QString &accountId, const Job &job);
    // Replaces the entry of the same job, or of the same order key.
    void remove(const QString &accountId, const QString &jobId);
    void removeOrder(const QString &accountId, const QString &orderKey);

private:
    void write(const QString &accountId, const QList<Job> &jobs);
};
