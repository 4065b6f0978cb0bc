#include "orders/DocumentJobQueue.h"

#include "billing/InvoiceLedger.h"
#include "InvoicePdfRenderer.h"
#include "server/SandboxClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// PDF comment lines after the document: readers ignore them, the file just grows.
bool writePadding(QSaveFile &file, QCryptographicHash &hash, qint64 bytes)
{
    QByteArray line(1024, 'x');
    line[0] = '%';
    line[1023] = '\n';
    const QByteArray chunk = line.repeated(1024);
    while (bytes > 0) {
        const QByteArray piece = bytes >= chunk.size() ? chunk : chunk.left(bytes);
        if (file.write(piece) != piece.size())
            return false;
        hash.addData(piece);
        bytes -= piece.size();
    }
    return true;
}

} // namespace

DocumentJobQueue::DocumentJobQueue(const SandboxClock &clock, const InvoiceLedger &invoices,
                                   const QString &storageDirectory, int generationDelayMs,
                                   QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_invoices(invoices),
      m_storageDirectory(storageDirectory),
      m_generationDelayMs(generationDelayMs)
{
    QDir().mkpath(m_storageDirectory);
}

DocumentJobQueue::~DocumentJobQueue() = default;

DocumentJob DocumentJobQueue::enqueue(const QString &organisationId, const QString &period)
{
    DocumentJob job;
    job.id = u"job-"_s + QUuid::createUuid().toString(QUuid::Id128);
    job.organisationId = organisationId;
    job.period = period;
    job.createdAt = job.updatedAt = m_clock.now();
    m_jobs.insert(job.id, job);

    auto *timer = new QTimer(this);
    timer->setInterval(m_generationDelayMs / steps);
    // Exact steps, so that a generation takes the delay it was given (a coarse timer may fire 5 % early,
    // and the order benchmark subtracts the delay from what the client took).
    timer->setTimerType(Qt::PreciseTimer);
    const QString jobId = job.id;
    connect(timer, &QTimer::timeout, this, [this, jobId] { onStepElapsed(jobId); });
    timer->start();
    m_timers.insert(job.id, timer);
    return job;
}

std::optional<DocumentJob> DocumentJobQueue::find(const QString &organisationId,
                                                  const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.constEnd() || it->organisationId != organisationId)
        return std::nullopt;
    return *it;
}

bool DocumentJobQueue::cancel(const QString &organisationId, const QString &jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->organisationId != organisationId || it->isFinished())
        return false;
    stopTimer(jobId);
    update(*it, u"cancelled"_s, it->progress);
    return true;
}

void DocumentJobQueue::onStepElapsed(const QString &jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    DocumentJob &job = *it;
    if (job.progress + 100 / steps < 100) {
        update(job, u"generating"_s, job.progress + 100 / steps);
        return;
    }
    stopTimer(jobId);
    produce(job);
}

void DocumentJobQueue::produce(DocumentJob &job)
{
    const std::optional<InvoiceContent> content = m_invoices.content(job.organisationId, job.period);
    const QByteArray pdf = content ? InvoicePdfRenderer::render(*content) : QByteArray();
    QSaveFile file(m_storageDirectory + u"/"_s + job.id + u".pdf"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(pdf);
    const bool written = !pdf.isEmpty() && file.open(QIODevice::WriteOnly)
        && file.write(pdf) == pdf.size()
        && writePadding(file, hash, qMax<qint64>(0, m_minimumSize - pdf.size())) && file.commit();
    if (!written) {
        qWarning("sandbox: invoice document %ls could not be produced", qUtf16Printable(job.id));
        update(job, u"failed"_s, job.progress);
        return;
    }
    job.filePath = file.fileName();
    job.size = qMax<qint64>(pdf.size(), m_minimumSize);
    job.sha256 = hash.result().toHex();
    update(job, u"ready"_s, 100);
}

void DocumentJobQueue::stopTimer(const QString &jobId)
{
    // The timer may be the sender of the signal being handled: it goes with the event loop.
    if (QTimer *timer = m_timers.take(jobId)) {
        timer->stop();
        timer->deleteLater();
    }
}

void DocumentJobQueue::update(DocumentJob &job, const QString &status, int progress)
{
    job.status = status;
    job.progress = progress;
    job.updatedAt = m_clock.now();
    Q_EMIT jobChanged(job.id);
}

} // namespace Sandbox
