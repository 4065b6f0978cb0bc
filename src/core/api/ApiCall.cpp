#include "ApiCall.h"

#include "AccessTokenSource.h"
#include "ApiLog.h"
#include "OperatorConnection.h"
#include "parsers/ResponseParsers.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUuid>

namespace {
QByteArray verbOf(ApiRequest::Method method)
{
    switch (method) {
    case ApiRequest::Method::Get:
        return "GET";
    case ApiRequest::Method::Post:
        return "POST";
    case ApiRequest::Method::Put:
        return "PUT";
    case ApiRequest::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

bool isConnectionFault(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}
} // namespace

ApiCall::ApiCall(OperatorConnection *connection, const ApiRequest &request)
    : QObject(connection)
    , m_connection(connection)
    , m_request(request)
{
    if (request.repeat == ApiRequest::Repeat::Keyed) {
        m_idempotencyKey = request.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                            : request.idempotencyKey;
    }
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply)
        m_reply->abort();
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish(ApiError::cancelled());
}

void ApiCall::sendAttempt()
{
    if (const QString problem = m_connection->addressProblem(); !problem.isEmpty()) {
        // Reported from the event loop, as every answer is: the caller connects after start().
        QTimer::singleShot(0, this, [this, problem] { finish(ApiError::unsafeAddress(problem)); });
        return;
    }
    ++m_attempt;
    m_tlsProblem.clear();
    const QNetworkRequest request = m_connection->buildRequest(m_request, m_idempotencyKey);
    const QByteArray body =
        m_request.body ? QJsonDocument(*m_request.body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_connection->transmit(request, verbOf(m_request.method), body);
    m_reply = reply;
    qCDebug(lcApi) << verbOf(m_request.method).constData() << m_request.path << "attempt" << m_attempt;

    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_tlsProblem = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ApiCall::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const QNetworkReply::NetworkError error = reply->error();
    const bool hasHttpAnswer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();

    if (m_cancelled)
        return finish(ApiError::cancelled());
    if (!m_tlsProblem.isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
        return finish(ApiError::tls(m_tlsProblem.isEmpty() ? reply->errorString() : m_tlsProblem));
    if (error == QNetworkReply::InsecureRedirectError)
        return finish(ApiError::redirected(reply->errorString()));
    if (hasHttpAnswer && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied))
        return handleHttpAnswer(reply);

    RetryPolicy::Attempt attempt{m_request.repeat, m_attempt};
    attempt.timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    attempt.connectionFault = !attempt.timedOut;
    qCInfo(lcApi) << verbOf(m_request.method).constData() << m_request.path << "failed:" << error;
    if (retryLater(attempt))
        return;
    finish(attempt.timedOut ? ApiError::timeout()
                            : ApiError::network(isConnectionFault(error) ? reply->errorString()
                                                                         : QStringLiteral("%1").arg(error)));
}

void ApiCall::handleHttpAnswer(QNetworkReply *reply)
{
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_body = reply->readAll();
    qCInfo(lcApi) << verbOf(m_request.method).constData() << m_request.path << "->" << m_status;
    if (m_status >= 200 && m_status < 300)
        return finish(std::nullopt);

    const ApiError problem = ResponseParsers::problem(m_status, m_contentType, m_body, reply->rawHeader("Retry-After"),
                                                      QDateTime::currentDateTimeUtc());
    if (m_status == 401 && problem.code == QLatin1String("token_expired") && m_request.authenticated
        && !m_tokenRenewed && m_connection->tokenSource())
        return renewTokenAndRepeat();

    RetryPolicy::Attempt attempt{m_request.repeat, m_attempt};
    attempt.httpStatus = m_status;
    attempt.retryAfterSeconds = problem.retryAfterSeconds;
    if (retryLater(attempt))
        return;
    finish(problem);
}

bool ApiCall::retryLater(RetryPolicy::Attempt attempt)
{
    const auto delay = m_connection->retryPolicy().delayBeforeNext(attempt, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    qCInfo(lcApi) << m_request.path << "retrying in" << delay->count() << "ms";
    m_retryTimer.start(*delay);
    return true;
}

void ApiCall::renewTokenAndRepeat()
{
    m_tokenRenewed = true;
    m_connection->tokenSource()->renewAccessToken(this, [this](bool renewed) {
        if (!renewed)
            return finish(ApiError::sessionEnded());
        --m_attempt; // the renewal is not the call's fault: it keeps its attempts
        sendAttempt();
    });
}

void ApiCall::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    emit finished();
    deleteLater();
}
