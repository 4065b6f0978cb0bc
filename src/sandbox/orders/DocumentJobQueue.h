#pragma once

#include "orders/DocumentJob.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Sandbox {

class InvoiceLedger;
class SandboxClock;
class SandboxDatabase;

// Generates invoice documents in the background: progress in steps over the generation delay,
// cancellation, and a signal on every change so long polls can answer early. Every job is kept in the
// database, so a job started before the operator stopped is found, and finished, after it starts again.
class DocumentJobQueue : public QObject
{
    Q_OBJECT

public:
    DocumentJobQueue(SandboxDatabase &database, const SandboxClock &clock, const InvoiceLedger &invoices,
                     const QString &storageDirectory, int generationDelayMs, QObject *parent = nullptr);
    ~DocumentJobQueue() override;

    DocumentJob enqueue(const QString &organisationId, const QString &period);
    // Only the organisation's own jobs are found.
    std::optional<DocumentJob> find(const QString &organisationId, const QString &jobId) const;
    bool cancel(const QString &organisationId, const QString &jobId);
    // Pads every document generated from now on to at least this size (big-download benchmark).
    void setMinimumDocumentSize(qint64 bytes) { m_minimumSize = bytes; }
    // Every generation of the organisation fails from now on (a client's test of one account among many
    // going wrong).
    void failGenerationsOf(const QString &organisationId) { m_failing.insert(organisationId); }

Q_SIGNALS:
    void jobChanged(const QString &jobId);

private:
    static constexpr int steps = 5;

    void load();
    void startGenerating(const QString &jobId);
    void store(const DocumentJob &job);
    void onStepElapsed(const QString &jobId);
    void produce(DocumentJob &job);
    void update(DocumentJob &job, const QString &status, int progress);
    void stopTimer(const QString &jobId);

    SandboxDatabase &m_database;
    const SandboxClock &m_clock;
    const InvoiceLedger &m_invoices;
    QString m_storageDirectory;
    int m_generationDelayMs;
    qint64 m_minimumSize = 0;
    QHash<QString, DocumentJob> m_jobs;
    QHash<QString, QTimer *> m_timers;
    QSet<QString> m_failing;
};

} // namespace Sandbox
