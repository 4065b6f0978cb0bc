#include "server/GuardedTcpServer.h"

#include "server/ApiReply.h"
#include "RequestFraming.h"
#include "RequestLimits.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
// Room for the largest acceptable request while the HTTP server holds it whole.
constexpr qint64 socketBufferBytes = 2 * largestRequestBody + largestRequestHead;

ApiReply refusalOf(RequestFraming::Verdict verdict)
{
    switch (verdict) {
    case RequestFraming::Verdict::BodyTooLarge:
        return ApiReply::problem(ProblemResponse(
            ProblemCode::PayloadTooLarge, u"The request body is larger than any operation accepts."_s));
    case RequestFraming::Verdict::HeadTooLarge:
        return ApiReply::problem(
            ProblemResponse(ProblemCode::ValidationFailed, u"The request headers are too large."_s)
                .withStatus(431));
    case RequestFraming::Verdict::Malformed:
    case RequestFraming::Verdict::Acceptable:
        break;
    }
    return ApiReply::problem(
        ProblemResponse(ProblemCode::ValidationFailed, u"The request's framing is not valid HTTP/1.1."_s));
}

QByteArray wireFormOf(const ApiReply &reply)
{
    const QByteArray reason = reply.status == 413 ? "Payload Too Large"
                              : reply.status == 431 ? "Request Header Fields Too Large"
                                                    : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\nContent-Type: "
        + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
        + "\r\nConnection: close\r\n\r\n" + reply.body;
}

// Watches one connection; lives as the socket's child.
class ConnectionGuard : public QObject
{
public:
    explicit ConnectionGuard(QTcpSocket *socket)
        : QObject(socket), m_socket(socket), m_framing(largestRequestBody, largestRequestHead)
    {
        // Connected before the HTTP server's own handler, so it sees each byte before that reads it.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        m_linger.setSingleShot(true);
        connect(&m_linger, &QTimer::timeout, socket, &QTcpSocket::abort);
    }

private:
    void onReadyRead()
    {
        if (m_refused)
            return discardWhatFollows();
        const QByteArray arrived = m_socket->peek(m_socket->bytesAvailable());
        const RequestFraming::Verdict verdict = m_framing.feed(arrived);
        if (verdict == RequestFraming::Verdict::Acceptable)
            return;
        m_refused = true;
        discardWhatFollows();
        const ApiReply reply = refusalOf(verdict);
        m_socket->write(wireFormOf(reply));
        // A close with unread bytes would reset the connection and could destroy the answer before
        // the client reads it: the rest is read and dropped for a moment (a "lingering close").
        m_linger.start(lingerMs);
    }

    void discardWhatFollows()
    {
        // The HTTP server reads inside a transaction, which keeps every byte read; after a refusal
        // nothing of this connection is needed any more.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > maxDiscardedBytes)
            m_socket->abort(); // a client that ignores the answer gets no more of our time
    }

    static constexpr int lingerMs = 1000;
    static constexpr qint64 maxDiscardedBytes = 64 * 1024 * 1024;

    QTcpSocket *m_socket;
    RequestFraming m_framing;
    QTimer m_linger;
    qint64 m_discarded = 0;
    bool m_refused = false;
};
} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *parent)
    : QTcpServer(parent)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setReadBufferSize(socketBufferBytes);
    new ConnectionGuard(socket);
    addPendingConnection(socket);
}

} // namespace Sandbox
