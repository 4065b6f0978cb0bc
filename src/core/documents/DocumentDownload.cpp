#include "DocumentDownload.h"

#include "ContentRange.h"
#include "api/OperatorConnection.h"
#include "storage/Durability.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

Q_LOGGING_CATEGORY(lcDownload, "sipcabinet.download", QtInfoMsg)

namespace {
constexpr int MaxFaultsInARow = 5;
// The reply may hold this much that the app has not read yet; Qt then stops reading the socket.
// Large enough that the network thread keeps receiving while this thread writes.
constexpr qint64 ReplyBufferBytes = 1 << 20;
constexpr qint64 ReadChunkBytes = 256 << 10;
// Written bytes are handed to the kernel to write out in steps of this size (see Durability::startWriteback).
constexpr qint64 WritebackStepBytes = 8 << 20;
} // namespace

DocumentDownload::DocumentDownload(OperatorConnection *connection, const DownloadLink &link, const QString &targetPath,
                                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_link(link)
    , m_targetPath(targetPath)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DocumentDownload::request);
}

DocumentDownload::~DocumentDownload()
{
    if (m_reply)
        m_reply->abort();
}

void DocumentDownload::start()
{
    if (!openPartialFile())
        return;
    request();
}

void DocumentDownload::resume(const DownloadLink &freshLink)
{
    m_link = freshLink;
    m_finished = false;
    m_faultsInARow = 0;
    start();
}

void DocumentDownload::cancel()
{
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish(Outcome::Cancelled);
}

bool DocumentDownload::openPartialFile()
{
    // What arrived before (an earlier attempt, or an earlier run of the app) is kept and hashed again,
    // so the download continues where it stopped.
    m_partial.close();
    m_partial.setFileName(partialPath());
    if (!m_partial.open(QIODevice::ReadWrite)) {
        finish(Outcome::DiskError, m_partial.errorString());
        return false;
    }
    if (m_partial.size() > m_link.size)
        m_partial.resize(0);
    m_hash.reset();
    m_received = 0;
    m_writebackStart = 0;
    while (!m_partial.atEnd()) {
        const QByteArray chunk = m_partial.read(1 << 20);
        m_hash.addData(chunk);
        m_received += chunk.size();
    }
    return true;
}

void DocumentDownload::startOver()
{
    m_partial.resize(0);
    m_partial.seek(0);
    m_hash.reset();
    m_received = 0;
    m_writebackStart = 0;
}

void DocumentDownload::request()
{
    ++m_attempts;
    QNetworkRequest request = m_connection->buildRequest(m_link.url);
    request.setRawHeader("Accept", "application/pdf, application/octet-stream");
    // The bytes as stored: Qt would otherwise ask for gzip and unpack it, and a Range then counts packed bytes.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_received > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    QNetworkReply *reply = m_connection->transmit(request, QByteArrayLiteral("GET"));
    reply->setReadBufferSize(ReplyBufferBytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 206) {
            const std::optional<ContentRange> range = ContentRange::parse(reply->rawHeader("Content-Range"));
            if (!range || range->first != m_received
                || (range->completeLength && *range->completeLength != m_link.size)) {
                // Not the bytes asked for: splicing them in would spoil the file. The whole document again.
                qCInfo(lcDownload) << "a partial answer from another place than asked; starting over";
                startOver();
                reply->abort();
                return;
            }
        }
        if (status == 200 && m_received > 0) {
            // The operator sent the whole document again: start the file over.
            startOver();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { drain(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void DocumentDownload::drain(QNetworkReply *reply)
{
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // an error body: read in onReplyFinished
    m_partial.seek(m_partial.size());
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(ReadChunkBytes);
        // finish() first: abort() reports the reply finished at once, and that must not read as a fault to retry.
        if (m_received + chunk.size() > m_link.size) {
            startOver();
            finish(Outcome::Corrupted, QStringLiteral("more bytes than announced"));
            return reply->abort();
        }
        if (m_partial.write(chunk) != chunk.size()) {
            finish(Outcome::DiskError, m_partial.errorString());
            return reply->abort();
        }
        m_hash.addData(chunk);
        m_received += chunk.size();
    }
    if (m_received - m_writebackStart >= WritebackStepBytes) {
        Durability::startWriteback(m_partial, m_writebackStart, m_received - m_writebackStart);
        m_writebackStart = m_received;
    }
    if (m_received > 0)
        m_faultsInARow = 0;
    emit progressChanged(m_received, m_link.size);
}

void DocumentDownload::onReplyFinished(QNetworkReply *reply)
{
    if (m_reply == reply)
        m_reply.clear();
    reply->deleteLater();
    if (m_finished)
        return;
    if (m_cancelled)
        return finish(Outcome::Cancelled);

    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return finish(Outcome::Failed, QStringLiteral("a redirect off the operator's origin was refused"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 410 || status == 403 || status == 401)
        return finish(Outcome::LinkExpired, QStringLiteral("HTTP %1").arg(status));
    if (status == 416) {
        startOver(); // our partial copy does not fit the document any more
        return retryAfterFault() ? void() : finish(Outcome::Failed, QStringLiteral("range not satisfiable"));
    }
    if (reply->error() == QNetworkReply::NoError && (status == 200 || status == 206)) {
        drain(reply);
        if (m_finished)
            return;
        if (m_received == m_link.size)
            return verifyAndCommit();
    }
    qCInfo(lcDownload) << "download interrupted at" << m_received << "of" << m_link.size << "bytes:" << reply->error()
                       << "status" << status;
    if (!retryAfterFault())
        finish(Outcome::Failed, reply->errorString());
}

bool DocumentDownload::retryAfterFault()
{
    if (++m_faultsInARow > MaxFaultsInARow)
        return false;
    const int backoffMs = 200 * (1 << (m_faultsInARow - 1));
    m_retryTimer.start(backoffMs / 2 + QRandomGenerator::global()->bounded(backoffMs / 2 + 1));
    return true;
}

void DocumentDownload::verifyAndCommit()
{
    const QByteArray digest = m_hash.hexResult();
    if (m_received != m_link.size || digest != m_link.sha256) {
        startOver(); // a wrong copy is never kept: the next attempt starts clean
        return finish(Outcome::Corrupted, QStringLiteral("size or SHA-256 differ from the announced ones"));
    }
    if (!Durability::flushToDisk(m_partial))
        return finish(Outcome::DiskError, m_partial.errorString());
    m_partial.close();
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partialPath().toStdU16String()),
                            std::filesystem::path(m_targetPath.toStdU16String()), error);
    if (error)
        return finish(Outcome::DiskError, QString::fromStdString(error.message()));
    Durability::syncFolder(QFileInfo(m_targetPath).absolutePath());
    finish(Outcome::Verified);
}

void DocumentDownload::finish(Outcome outcome, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_errorDetail = detail;
    if (m_partial.isOpen())
        m_partial.close();
    emit finished(outcome);
}
