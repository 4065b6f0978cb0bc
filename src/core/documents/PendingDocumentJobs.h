#pragma once

#include "BillingPeriod.h"

#include <QList>
#include <QString>

// Invoice generations still running at the operator, per account, kept in the settings so that the
// next start of the app picks them up again. Job ids are not secrets; links never land here.
class PendingDocumentJobs
{
public:
    struct Job
    {
        QString jobId;
        BillingPeriod period;
    };

    QList<Job> jobs(const QString &accountId) const;
    void add(const QString &accountId, const Job &job);
    void remove(const QString &accountId, const QString &jobId);

private:
    void write(const QString &accountId, const QList<Job> &jobs);
};
