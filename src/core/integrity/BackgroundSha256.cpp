#include "BackgroundSha256.h"

#include "Sha256.h"

#include <algorithm>
#include <utility>

BackgroundSha256::BackgroundSha256() = default;

BackgroundSha256::~BackgroundSha256()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear(); // nobody will ask for this digest any more
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundSha256::reset()
{
    enqueue({Request::Reset, {}});
}

void BackgroundSha256::addData(const QByteArray &chunk)
{
    if (!chunk.isEmpty())
        enqueue({Request::Chunk, chunk});
}

QByteArray BackgroundSha256::hexResult()
{
    enqueue({Request::Result, {}});
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_resultReady; });
    m_resultReady = false;
    return std::exchange(m_result, {});
}

qsizetype BackgroundSha256::highestBacklog() const
{
    std::lock_guard lock(m_mutex);
    return m_highestBacklog;
}

void BackgroundSha256::enqueue(Item item)
{
    std::unique_lock lock(m_mutex);
    if (item.request == Request::Chunk) {
        // Never waits while no thread runs: the backlog is empty then.
        m_changed.wait(lock, [this] { return m_backlog < MaxBacklog; });
        m_backlog += item.chunk.size();
        m_highestBacklog = std::max(m_highestBacklog, m_backlog);
    }
    m_queue.enqueue(std::move(item));
    if (m_running) {
        lock.unlock();
        m_changed.notify_all();
        return;
    }
    m_running = true;
    lock.unlock();
    if (m_thread.joinable())
        m_thread.join(); // the previous thread has already left run()
    m_thread = std::thread([this] { run(); });
}

// Runs while there is work; after handing over a digest with nothing else queued it ends, so a download
// that is over keeps no thread. The next chunk starts another.
void BackgroundSha256::run()
{
    Sha256 hash;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_queue.isEmpty()) {
                m_running = false;
                return; // stopping, and nothing left that anyone waits for
            }
            item = m_queue.dequeue();
        }
        switch (item.request) {
        case Request::Chunk:
            hash.addData(item.chunk);
            {
                std::lock_guard lock(m_mutex);
                m_backlog -= item.chunk.size();
            }
            m_changed.notify_all();
            break;
        case Request::Reset:
            hash.reset();
            break;
        case Request::Result: {
            QByteArray digest = hash.hexResult();
            bool idle = false;
            {
                std::lock_guard lock(m_mutex);
                m_result = std::move(digest);
                m_resultReady = true;
                idle = m_queue.isEmpty();
                if (idle)
                    m_running = false;
            }
            m_changed.notify_all();
            if (idle)
                return;
            break;
        }
        }
    }
}
