#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class OperatorConnection;
class QNetworkReply;

// One logical call to the operator: sends it, repeats it when that is safe, renews an expired token once,
// and ends with either the operator's successful answer or one typed error.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(OperatorConnection *connection, const ApiRequest &request);
    ~ApiCall() override;

    void start();
    void cancel();

    bool isOk() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }
    QByteArray contentType() const { return m_contentType; }
    int attempts() const { return m_attempt; }
    QString idempotencyKey() const { return m_idempotencyKey; }

signals:
    void finished();

private:
    void sendAttempt();
    void onReplyFinished(QNetworkReply *reply);
    void handleHttpAnswer(QNetworkReply *reply);
    bool retryLater(RetryPolicy::Attempt attempt);
    void renewTokenAndRepeat();
    void finish(std::optional<ApiError> error);

    OperatorConnection *m_connection;
    ApiRequest m_request;
    QString m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_tokenRenewed = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_tlsProblem;
    int m_status = 0;
    QByteArray m_body;
    QByteArray m_contentType;
    std::optional<ApiError> m_error;
};
