#include "server/LongPollWait.h"

#include "orders/DocumentJobQueue.h"

namespace Sandbox {

LongPollWait::LongPollWait(DocumentJobQueue &jobs, const QString &jobId, int seconds,
                           std::function<void()> answer, QObject *parent)
    : QObject(parent), m_jobId(jobId), m_answer(std::move(answer))
{
    connect(&jobs, &DocumentJobQueue::jobChanged, this, [this](const QString &changedId) {
        if (changedId == m_jobId)
            finish();
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &LongPollWait::finish);
    m_timeout.start(seconds * 1000);
}

void LongPollWait::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_answer();
    deleteLater();
}

} // namespace Sandbox
