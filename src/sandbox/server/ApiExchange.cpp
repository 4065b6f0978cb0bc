#include "server/ApiExchange.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

ApiExchange::ApiExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    : m_method(request.method()),
      m_path(request.url().path()),
      m_url(request.url()),
      m_query(request.query()),
      m_headers(request.headers()),
      m_body(request.body()),
      m_remoteAddress(request.remoteAddress()),
      m_responder(std::move(responder)),
      m_socket(m_responder.socket())
{
}

QByteArray ApiExchange::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool ApiExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QHttpServerResponder &ApiExchange::takeOverResponder()
{
    m_answered = true;
    return m_responder;
}

void ApiExchange::writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto &header : headers)
        m_responder.writeHeader(header.first, header.second);
}

void ApiExchange::send(const ApiReply &reply)
{
    if (m_answered || !isConnected())
        return;
    m_answered = true;
    if (m_fault == ResponseFault::Drop) {
        m_socket->abort();
        return;
    }
    QByteArray body = reply.body;
    if (m_fault == ResponseFault::MalformedJson)
        body = body.left(qMax<qsizetype>(1, body.size() / 2)) + "\",}{";
    QList<QPair<QByteArray, QByteArray>> headers = reply.headers;
    if (!reply.contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), reply.contentType});
    headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    writeHead(reply.status, headers);
    if (m_fault == ResponseFault::Truncate) {
        // The header promised the whole body; the connection ends half-way through it.
        m_responder.writeBody(body.left(body.size() / 2));
        m_socket->disconnectFromHost();
        return;
    }
    m_responder.writeBody(body);
}

} // namespace Sandbox
