#include "orders/DocumentJobQueue.h"

#include "billing/InvoiceLedger.h"
#include "InvoicePdfRenderer.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

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

DocumentJobQueue::DocumentJobQueue(SandboxDatabase &database, const SandboxClock &clock,
                                   const InvoiceLedger &invoices, const QString &storageDirectory,
                                   int generationDelayMs, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_clock(clock),
      m_invoices(invoices),
      m_storageDirectory(storageDirectory),
      m_generationDelayMs(generationDelayMs)
{
    QDir().mkpath(m_storageDirectory);
    load();
}

void DocumentJobQueue::load()
{
    QSqlQuery rows = m_database.run(
        u"SELECT id, organisation_id, period, status, progress, created_at, updated_at, file_path, size, sha256"
        " FROM document_jobs"_s);
    while (rows.next()) {
        DocumentJob job;
        job.id = rows.value(0).toString();
        job.organisationId = rows.value(1).toString();
        job.period = rows.value(2).toString();
        job.status = rows.value(3).toString();
        job.progress = rows.value(4).toInt();
        job.createdAt = SandboxClock::parseRfc3339(rows.value(5).toString()).value_or(QDateTime());
        job.updatedAt = SandboxClock::parseRfc3339(rows.value(6).toString()).value_or(QDateTime());
        job.filePath = rows.value(7).toString();
        job.size = rows.value(8).toLongLong();
        job.sha256 = rows.value(9).toString().toLatin1();
        m_jobs.insert(job.id, job);
        // Forming where it stopped, as an operator back from a restart would.
        if (!job.isFinished())
            startGenerating(job.id);
    }
}

void DocumentJobQueue::store(const DocumentJob &job)
{
    const bool stored = m_database.write(
        u"INSERT OR REPLACE INTO document_jobs (id, organisation_id, period, status, progress, created_at,"
        " updated_at, file_path, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {job.id, job.organisationId, job.period, job.status, job.progress, SandboxClock::toRfc3339(job.createdAt),
         SandboxClock::toRfc3339(job.updatedAt), job.filePath, job.size, QString::fromLatin1(job.sha256)});
    if (!stored)
        qWarning("sandbox: the state of document job %ls could not be stored", qUtf16Printable(job.id));
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
    store(job);
    startGenerating(job.id);
    return job;
}

void DocumentJobQueue::startGenerating(const QString &jobId)
{
    auto *timer = new QTimer(this);
    timer->setInterval(m_generationDelayMs / steps);
    // Exact steps, so that a generation takes the delay it was given (a coarse timer may fire 5 % early,
    // and the order benchmark subtracts the delay from what the client took).
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, jobId] { onStepElapsed(jobId); });
    timer->start();
    m_timers.insert(jobId, timer);
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
    if (m_failing.contains(job.organisationId)) {
        update(job, u"failed"_s, job.progress);
        return;
    }
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
    update(job, u"ready"_s, 100); // stores the file's facts with the status
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
    store(job);
    Q_EMIT jobChanged(job.id);
}

} // namespace Sandbox
