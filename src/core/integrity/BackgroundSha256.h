#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QQueue>

#include <condition_variable>
#include <mutex>
#include <thread>

// SHA-256 of a stream, computed on a thread of its own while the caller goes on receiving and writing.
// A download hands each chunk over (implicitly shared, not copied) and asks for the digest once the last
// byte has arrived; by then the hash has kept pace, so the wait is for the last few chunks at most.
// At most MaxBacklog bytes wait to be hashed: beyond that addData() waits, so a slow CPU slows the
// download down rather than letting memory grow. The thread runs only while there is work.
class BackgroundSha256
{
public:
    static constexpr qsizetype MaxBacklog = 2 * 1024 * 1024;

    BackgroundSha256();
    ~BackgroundSha256();
    BackgroundSha256(const BackgroundSha256 &) = delete;
    BackgroundSha256 &operator=(const BackgroundSha256 &) = delete;

    void reset();
    void addData(const QByteArray &chunk);
    // Waits for every chunk handed over so far; lower-case hex. The hash then starts anew.
    QByteArray hexResult();
    // The most bytes that ever waited to be hashed at once (for tests and diagnostics).
    qsizetype highestBacklog() const;

private:
    enum class Request { Chunk, Reset, Result };
    struct Item
    {
        Request request;
        QByteArray chunk;
    };
    void run();
    void enqueue(Item item);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QQueue<Item> m_queue;
    qsizetype m_backlog = 0;
    qsizetype m_highestBacklog = 0;
    bool m_running = false; // a thread is in run(), or about to be
    bool m_stopping = false;
    bool m_resultReady = false;
    QByteArray m_result;
    std::thread m_thread;
};
