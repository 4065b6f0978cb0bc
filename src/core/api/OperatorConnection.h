#pragma once

#include "ApiRequest.h"
#include "RetryPolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <chrono>

class AccessTokenSource;
class ApiCall;
class QNetworkAccessManager;
class QNetworkReply;

// The app's one way to the operator: one QNetworkAccessManager, the base address, and the one place
// where requests are built (address, auth header, timeout, idempotency key, long-poll preference).
class OperatorConnection : public QObject
{
    Q_OBJECT

public:
    explicit OperatorConnection(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Why nothing may be sent to the base address (OperatorUrlPolicy), wherever it came from; empty if it may.
    QString addressProblem() const { return m_addressProblem; }
    void setTokenSource(AccessTokenSource *source) { m_tokenSource = source; }
    AccessTokenSource *tokenSource() const { return m_tokenSource; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    QNetworkAccessManager *network() const { return m_network; }

    // The call starts at once; it deletes itself after finished().
    ApiCall *send(const ApiRequest &request);
    // Puts one built request on the wire (every call and download goes through here) and says so.
    QNetworkReply *transmit(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body = {});
    QNetworkRequest buildRequest(const ApiRequest &request, const QString &idempotencyKey) const;
    // For links the operator hands out (downloads): same TLS, proxy, timeout and auth rules.
    QNetworkRequest buildRequest(const QUrl &absoluteUrl) const;

signals:
    // A request left for the operator: what tests watch to know, at once, that none did.
    void requestSent(const QByteArray &verb, const QUrl &url);

private:
    void applyCommonSettings(QNetworkRequest &request, std::chrono::milliseconds timeout, bool toOperatorOrigin,
                             bool withBearer) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_addressProblem;
    AccessTokenSource *m_tokenSource = nullptr;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout{30000};
};
