#include "BackgroundSha256.h"

#include "Sha256.h"

#include <utility>

BackgroundSha256::BackgroundSha256()
    : m_thread([this] { run(); })
{
}

BackgroundSha256::~BackgroundSha256()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear(); // nobody will ask for this digest any more
    }
    m_changed.notify_all();
    m_thread.join();
}

void BackgroundSha256::reset()
{
    post({Request::Reset, {}});
}

void BackgroundSha256::addData(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_backlog < MaxBacklog; });
        m_backlog += chunk.size();
        m_queue.enqueue({Request::Chunk, chunk});
    }
    m_changed.notify_all();
}

QByteArray BackgroundSha256::hexResult()
{
    post({Request::Result, {}});
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_resultReady; });
    m_resultReady = false;
    return std::exchange(m_result, {});
}

void BackgroundSha256::post(Item item)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.enqueue(std::move(item));
    }
    m_changed.notify_all();
}

void BackgroundSha256::run()
{
    Sha256 hash;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
            if (m_queue.isEmpty())
                return; // stopping, and nothing left that anyone waits for
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
            {
                std::lock_guard lock(m_mutex);
                m_result = std::move(digest);
                m_resultReady = true;
            }
            m_changed.notify_all();
            break;
        }
        }
    }
}
