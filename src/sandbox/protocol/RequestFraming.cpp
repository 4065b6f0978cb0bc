#include "RequestFraming.h"

#include <QList>

#include <optional>

namespace Sandbox {

namespace {
constexpr qsizetype maxLine = 1024; // a chunk-size or trailer line

// The line without its CR, if the buffer ends with a complete line.
QByteArrayView withoutLineEnd(QByteArrayView line)
{
    line.chop(1); // '\n'
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool isDigits(QByteArrayView text, bool hex = false)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool digit = c >= '0' && c <= '9';
        const bool hexLetter = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit && !(hex && hexLetter))
            return false;
    }
    return true;
}
} // namespace

RequestFraming::RequestFraming(qint64 maxBody, qsizetype maxHead)
    : m_maxBody(maxBody), m_maxHead(maxHead)
{
}

RequestFraming::Verdict RequestFraming::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && m_verdict == Verdict::Acceptable) {
        qsizetype used = 0;
        switch (m_state) {
        case State::Head:
            used = feedHead(bytes);
            break;
        case State::FixedBody:
        case State::ChunkData:
            used = qsizetype(qMin<qint64>(m_remaining, bytes.size()));
            m_remaining -= used;
            if (m_remaining == 0) {
                if (m_state == State::FixedBody)
                    startNextRequest();
                else
                    m_state = State::ChunkDataEnd;
            }
            break;
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailer:
            used = feedLine(bytes);
            break;
        }
        bytes = bytes.sliced(used);
    }
    return m_verdict;
}

qsizetype RequestFraming::feedHead(QByteArrayView bytes)
{
    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    qsizetype used = 0;
    while (m_pending.isEmpty() && used < bytes.size() && (bytes[used] == '\r' || bytes[used] == '\n'))
        ++used;
    for (; used < bytes.size(); ++used) {
        const char c = bytes[used];
        m_pending.append(c);
        if (m_pending.size() > m_maxHead) {
            refuse(Verdict::HeadTooLarge);
            return used + 1;
        }
        if (c == '\n' && (m_pending.endsWith("\n\n") || m_pending.endsWith("\n\r\n"))) {
            onHeadComplete();
            return used + 1;
        }
    }
    return used;
}

qsizetype RequestFraming::feedLine(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    const qsizetype used = end < 0 ? bytes.size() : end + 1;
    m_pending.append(bytes.first(used));
    if (m_pending.size() > maxLine) {
        refuse(m_state == State::Trailer ? Verdict::HeadTooLarge : Verdict::Malformed);
        return used;
    }
    if (end >= 0)
        onLineComplete();
    return used;
}

void RequestFraming::onHeadComplete()
{
    const QList<QByteArray> lines = m_pending.split('\n');
    m_pending.clear();
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool transferEncoded = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayView line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(Verdict::Malformed); // obsolete line folding (RFC 9112, 5.2)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(Verdict::Malformed);
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            if (!isDigits(value))
                return refuse(Verdict::Malformed);
            if (value.size() > 18)
                return refuse(Verdict::BodyTooLarge);
            const qint64 length = value.toLongLong();
            if (contentLength && *contentLength != length)
                return refuse(Verdict::Malformed);
            contentLength = length;
        } else if (name == "transfer-encoding") {
            transferEncoded = true;
            const QList<QByteArray> codings = value.toLower().split(',');
            chunked = codings.constLast().trimmed() == "chunked";
        }
    }
    // Both, or a coding whose end we cannot find: the way requests are smuggled past a front end.
    if (transferEncoded && (contentLength || !chunked))
        return refuse(Verdict::Malformed);
    if (chunked) {
        m_state = State::ChunkSize;
        m_bodySoFar = 0;
        return;
    }
    const qint64 length = contentLength.value_or(0);
    if (length > m_maxBody)
        return refuse(Verdict::BodyTooLarge);
    if (length == 0)
        return startNextRequest();
    m_state = State::FixedBody;
    m_remaining = length;
}

void RequestFraming::onLineComplete()
{
    const QByteArray line = withoutLineEnd(m_pending).toByteArray();
    m_pending.clear();
    switch (m_state) {
    case State::ChunkDataEnd:
        if (!line.isEmpty())
            return refuse(Verdict::Malformed);
        m_state = State::ChunkSize;
        return;
    case State::Trailer:
        if (line.isEmpty())
            startNextRequest();
        return;
    case State::ChunkSize: {
        const QByteArray digits = line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).trimmed();
        if (!isDigits(digits, /*hex=*/true))
            return refuse(Verdict::Malformed);
        if (digits.size() > 15)
            return refuse(Verdict::BodyTooLarge);
        const qint64 size = digits.toLongLong(nullptr, 16);
        m_bodySoFar += size;
        if (m_bodySoFar > m_maxBody)
            return refuse(Verdict::BodyTooLarge);
        if (size == 0) {
            m_state = State::Trailer;
        } else {
            m_state = State::ChunkData;
            m_remaining = size;
        }
        return;
    }
    case State::Head:
    case State::FixedBody:
    case State::ChunkData:
        return;
    }
}

void RequestFraming::startNextRequest()
{
    ++m_requestsSeen;
    m_state = State::Head;
    m_pending.clear();
    m_remaining = 0;
    m_bodySoFar = 0;
}

void RequestFraming::refuse(Verdict verdict)
{
    m_verdict = verdict;
    m_pending.clear();
}

} // namespace Sandbox
