#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Sandbox {

// Follows the HTTP/1.1 request framing of one connection, byte by byte as it arrives, to tell how
// large each request's body will be before anyone reads it: by Content-Length, or by counting the
// chunks of a chunked body as they pass. Pipelined requests are followed one after another.
class RequestFraming
{
public:
    enum class Verdict {
        Acceptable,   // nothing seen so far is over a limit
        BodyTooLarge, // a declared or counted body exceeds the limit
        HeadTooLarge, // the request line and headers exceed their limit
        Malformed,    // framing that cannot be followed safely (e.g. both Content-Length and chunked)
    };

    RequestFraming(qint64 maxBody, qsizetype maxHead);

    // Bytes as they arrive on the connection; once a verdict other than Acceptable is given, it stays.
    Verdict feed(QByteArrayView bytes);
    Verdict verdict() const { return m_verdict; }
    // How many complete requests have passed, for tests.
    int requestsSeen() const { return m_requestsSeen; }

private:
    enum class State { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailer };

    qsizetype feedHead(QByteArrayView bytes);
    qsizetype feedLine(QByteArrayView bytes);
    void onHeadComplete();
    void onLineComplete();
    void startNextRequest();
    void refuse(Verdict verdict);

    const qint64 m_maxBody;
    const qsizetype m_maxHead;
    State m_state = State::Head;
    Verdict m_verdict = Verdict::Acceptable;
    QByteArray m_pending; // the head, or the current chunk-size or trailer line, so far
    qint64 m_remaining = 0; // of a fixed body, of a chunk's data, or of the CRLF after a chunk
    qint64 m_bodySoFar = 0; // of a chunked body
    int m_requestsSeen = 0;
};

} // namespace Sandbox
