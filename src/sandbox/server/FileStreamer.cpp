#include "server/FileStreamer.h"

namespace Sandbox {

namespace {
constexpr qint64 chunkSize = 256 * 1024;
constexpr qint64 socketBacklog = 1024 * 1024;
}

FileStreamer::FileStreamer(const ExchangePtr &exchange, const QString &filePath, QObject *parent)
    : QObject(parent), m_exchange(exchange), m_file(filePath)
{
}

bool FileStreamer::start(qint64 offset, const QByteArray &contentType)
{
    QTcpSocket *socket = m_exchange->socket();
    if (!socket || !m_file.open(QIODevice::ReadOnly) || !m_file.seek(offset))
        return false;
    const qint64 size = m_file.size();
    m_remaining = size - offset;
    QHttpServerResponder &responder = m_exchange->takeOverResponder();
    responder.writeStatusLine(offset > 0 ? QHttpServerResponder::StatusCode::PartialContent
                                         : QHttpServerResponder::StatusCode::Ok);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(m_remaining));
    if (offset > 0) {
        responder.writeHeader(QByteArrayLiteral("Content-Range"),
                              "bytes " + QByteArray::number(offset) + '-'
                                  + QByteArray::number(size - 1) + '/' + QByteArray::number(size));
    }
    if (m_exchange->responseFault() == ResponseFault::Drop
        || m_exchange->responseFault() == ResponseFault::Truncate) {
        m_stopAfter = m_remaining / 2;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
    connect(socket, &QTcpSocket::disconnected, this, &FileStreamer::finish);
    connect(socket, &QObject::destroyed, this, &FileStreamer::finish);
    responder.writeBody(QByteArray()); // ends the header block
    pump();
    return true;
}

void FileStreamer::pump()
{
    QTcpSocket *socket = m_exchange->socket();
    if (m_finished || !socket)
        return finish();
    while (m_remaining > 0 && socket->bytesToWrite() < socketBacklog) {
        qint64 wanted = qMin(chunkSize, m_remaining);
        if (m_stopAfter >= 0)
            wanted = qMin(wanted, m_stopAfter);
        if (wanted == 0)
            break;
        const QByteArray chunk = m_file.read(wanted);
        if (chunk.isEmpty())
            return finish();
        m_exchange->takeOverResponder().writeBody(chunk);
        m_remaining -= chunk.size();
        if (m_stopAfter >= 0)
            m_stopAfter -= chunk.size();
    }
    if (m_stopAfter == 0) {
        // An injected fault: the connection dies part-way through the promised body. Only once what
        // was written has left: abort() discards unsent data, and a client that saw nothing of the
        // answer silently resends the request (Qt does), so the fault would never be seen.
        if (socket->bytesToWrite() > 0)
            return; // bytesWritten calls pump() again
        if (m_exchange->responseFault() == ResponseFault::Drop)
            socket->abort();
        else
            socket->disconnectFromHost();
        return finish();
    }
    if (m_remaining == 0)
        finish();
}

void FileStreamer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_file.close();
    deleteLater();
}

} // namespace Sandbox
