#include "OperatorConnection.h"

#include "AccessTokenSource.h"
#include "ApiCall.h"
#include "OperatorUrlPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace {
bool http2Wanted()
{
    // HTTP/2 has had bugs in Qt 6.x: off unless asked for.
    return qEnvironmentVariableIntValue("SIPCABINET_HTTP2") == 1;
}
} // namespace

OperatorConnection::OperatorConnection(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setStrictTransportSecurityEnabled(true);
}

void OperatorConnection::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    QString path = m_baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_baseUrl.setPath(path);
    m_addressProblem = OperatorUrlPolicy::problemWith(m_baseUrl);
}

ApiCall *OperatorConnection::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->start();
    return call;
}

QNetworkReply *OperatorConnection::transmit(const QNetworkRequest &request, const QByteArray &verb,
                                           const QByteArray &body)
{
    // A GET goes as one: sent as a custom verb, Qt 6.4 buffers far more of the answer (a 200 MB download
    // grew the process by 94 MiB instead of 15; scripts/run-benchmarks).
    QNetworkReply *reply = verb == "GET" && body.isEmpty() ? m_network->get(request)
                                                           : m_network->sendCustomRequest(request, verb, body);
    emit requestSent(verb, request.url());
    return reply;
}

void OperatorConnection::applyCommonSettings(QNetworkRequest &request, std::chrono::milliseconds timeout,
                                             bool toOperatorOrigin, bool withBearer) const
{
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2Wanted());
    // Qt copies every header, the bearer included, onto a redirected request; a request that carries
    // the operator's secrets (the token, or a password in the body) follows no redirect off the
    // operator's origin (scheme, host and port), and https never becomes http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         toOperatorOrigin ? QNetworkRequest::SameOriginRedirectPolicy
                                          : QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("SIPCabinet/%1").arg(QStringLiteral(SIPCABINET_VERSION)));
    if (withBearer && m_tokenSource && !m_tokenSource->accessToken().isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokenSource->accessToken().toLatin1());
}

QNetworkRequest OperatorConnection::buildRequest(const ApiRequest &apiRequest, const QString &idempotencyKey) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + apiRequest.path);
    if (!apiRequest.query.isEmpty())
        url.setQuery(apiRequest.query);

    QNetworkRequest request(url);
    // Every API call stays on the operator's origin: an unauthenticated one may carry a password.
    applyCommonSettings(request, m_transferTimeout + std::chrono::seconds(apiRequest.longPollSeconds),
                        /*toOperatorOrigin=*/true, apiRequest.authenticated);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (apiRequest.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    if (apiRequest.longPollSeconds > 0)
        request.setRawHeader("Prefer", "wait=" + QByteArray::number(apiRequest.longPollSeconds));
    return request;
}

QNetworkRequest OperatorConnection::buildRequest(const QUrl &absoluteUrl) const
{
    QNetworkRequest request(absoluteUrl);
    // The bearer goes only to the operator's own host, whatever a link says.
    const bool sameOrigin = absoluteUrl.scheme() == m_baseUrl.scheme() && absoluteUrl.host() == m_baseUrl.host()
                            && absoluteUrl.port() == m_baseUrl.port();
    applyCommonSettings(request, m_transferTimeout, sameOrigin, sameOrigin);
    return request;
}
