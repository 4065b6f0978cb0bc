#pragma once

#include "server/ApiReply.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace Sandbox {

// How an injected fault spoils the answer of one exchange.
enum class ResponseFault { None, Drop, Truncate, MalformedJson, RangeMismatch };

// One HTTP exchange: the request's data copied out of QHttpServerRequest (which only lives during
// the handler call) and the responder kept, so an answer can also be sent later (long poll).
class ApiExchange
{
public:
    ApiExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QHttpServerRequest::Method method() const { return m_method; }
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const { return m_body; }
    QHostAddress remoteAddress() const { return m_remoteAddress; }
    QUrl requestUrl() const { return m_url; }

    QString pathParameter(const QString &name) const { return m_pathParameters.value(name); }
    void setPathParameters(const QHash<QString, QString> &parameters) { m_pathParameters = parameters; }
    QString organisationId() const { return m_organisationId; }
    void setOrganisationId(const QString &id) { m_organisationId = id; }
    // The caller's log-in session (kept across token refreshes), for routes that bind to it.
    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id) { m_sessionId = id; }
    void setResponseFault(ResponseFault fault) { m_fault = fault; }
    ResponseFault responseFault() const { return m_fault; }

    bool isConnected() const;
    bool isAnswered() const { return m_answered; }
    void send(const ApiReply &reply);

    // For streamed bodies: the caller writes status, headers and body itself.
    QHttpServerResponder &takeOverResponder();
    QTcpSocket *socket() const { return m_socket.data(); }

private:
    void writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers);

    QHttpServerRequest::Method m_method;
    QString m_path;
    QUrl m_url;
    QUrlQuery m_query;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QHash<QString, QString> m_pathParameters;
    QString m_organisationId;
    QString m_sessionId;
    ResponseFault m_fault = ResponseFault::None;
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

using ExchangePtr = std::shared_ptr<ApiExchange>;

} // namespace Sandbox
