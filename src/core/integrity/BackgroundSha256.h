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
// download down rather than letting memory grow.
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

private:
    enum class Request { Chunk, Reset, Result };
    struct Item
    {
        Request request;
        QByteArray chunk;
    };
    void run();
    void post(Item item);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    QQueue<Item> m_queue;
    qsizetype m_backlog = 0;
    bool m_stopping = false;
    bool m_resultReady = false;
    QByteArray m_result;
    std::thread m_thread;
};
