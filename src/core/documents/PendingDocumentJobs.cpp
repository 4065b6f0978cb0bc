#include "PendingDocumentJobs.h"

#include <QSettings>

namespace {
QString groupFor(const QString &accountId)
{
    // QSettings keys must not contain '/': the account id has one in its host part only rarely, but '@' and ':'
    // are fine in INI and native stores once percent-encoded.
    return QStringLiteral("pendingDocumentJobs/") + QString::fromLatin1(accountId.toUtf8().toPercentEncoding());
}
} // namespace

QList<PendingDocumentJobs::Job> PendingDocumentJobs::jobs(const QString &accountId) const
{
    QSettings settings;
    QList<Job> result;
    const int size = settings.beginReadArray(groupFor(accountId));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        const auto period = BillingPeriod::fromString(settings.value(QStringLiteral("period")).toString());
        const QString jobId = settings.value(QStringLiteral("job")).toString();
        const QString orderKey = settings.value(QStringLiteral("orderKey")).toString();
        if (period && (!jobId.isEmpty() || !orderKey.isEmpty()))
            result.append({jobId, *period, orderKey});
    }
    settings.endArray();
    return result;
}

void PendingDocumentJobs::add(const QString &accountId, const Job &job)
{
    QList<Job> all = jobs(accountId);
    all.removeIf([&job](const Job &j) {
        return (!job.jobId.isEmpty() && j.jobId == job.jobId) || (!job.orderKey.isEmpty() && j.orderKey == job.orderKey);
    });
    all.append(job);
    write(accountId, all);
}

void PendingDocumentJobs::remove(const QString &accountId, const QString &jobId)
{
    QList<Job> all = jobs(accountId);
    all.removeIf([&jobId](const Job &j) { return !jobId.isEmpty() && j.jobId == jobId; });
    write(accountId, all);
}

void PendingDocumentJobs::removeOrder(const QString &accountId, const QString &orderKey)
{
    QList<Job> all = jobs(accountId);
    all.removeIf([&orderKey](const Job &j) { return !orderKey.isEmpty() && j.orderKey == orderKey; });
    write(accountId, all);
}

void PendingDocumentJobs::write(const QString &accountId, const QList<Job> &jobs)
{
    QSettings settings;
    settings.remove(groupFor(accountId));
    settings.beginWriteArray(groupFor(accountId), static_cast<int>(jobs.size()));
    for (int i = 0; i < jobs.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("job"), jobs.at(i).jobId);
        settings.setValue(QStringLiteral("period"), jobs.at(i).period.toString());
        settings.setValue(QStringLiteral("orderKey"), jobs.at(i).orderKey);
    }
    settings.endArray();
}
