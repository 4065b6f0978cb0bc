#pragma once

#include "domain/DownloadLink.h"
#include "integrity/BackgroundSha256.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

class OperatorConnection;
class QNetworkReply;

// Fetches one document by its link into a file: streamed to disk as it arrives (never held in memory),
// resumed with a Range request after a dropped connection, checked against the size and SHA-256 the
// operator announced, and only then moved into place in one atomic step.
class DocumentDownload : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Verified,
        LinkExpired,   // the operator refused the link (expired); renew it and call resume()
        Failed,        // network kept failing, or the operator refused for another reason
        Corrupted,     // size or SHA-256 differ from what the operator announced
        Cancelled,
        DiskError,
    };
    Q_ENUM(Outcome)

    DocumentDownload(OperatorConnection *connection, const DownloadLink &link, const QString &targetPath,
                     QObject *parent = nullptr);
    ~DocumentDownload() override;

    void start();
    // Continues with a fresh link for the same document, keeping what already arrived.
    void resume(const DownloadLink &freshLink);
    void cancel();

    QString targetPath() const { return m_targetPath; }
    QString partialPath() const { return m_targetPath + QStringLiteral(".part"); }
    qint64 bytesReceived() const { return m_received; }
    int attempts() const { return m_attempts; }
    QString errorDetail() const { return m_errorDetail; }

signals:
    void progressChanged(qint64 received, qint64 total);
    void finished(DocumentDownload::Outcome outcome);

private:
    void request();
    void drain(QNetworkReply *reply);
    void onReplyFinished(QNetworkReply *reply);
    bool openPartialFile();
    void startOver();
    bool retryAfterFault();
    void verifyAndCommit();
    void finish(Outcome outcome, const QString &detail = {});

    OperatorConnection *m_connection;
    DownloadLink m_link;
    QString m_targetPath;
    QFile m_partial;
    BackgroundSha256 m_hash;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    qint64 m_received = 0;
    qint64 m_writebackStart = 0; // the first byte not yet handed to the kernel to write out
    int m_attempts = 0;
    int m_faultsInARow = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_errorDetail;
};
