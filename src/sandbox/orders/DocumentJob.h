#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// One invoice document generated on demand.
struct DocumentJob
{
    QString id;
    QString organisationId;
    QString period;
    QString status = QStringLiteral("queued"); // queued, generating, ready, failed, cancelled
    int progress = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString filePath;
    qint64 size = 0;
    QByteArray sha256;

    bool isFinished() const
    {
        return status != QLatin1String("queued") && status != QLatin1String("generating");
    }
    // The job as the API shows it; download is null or {url, size, sha256, expires_at}.
    QJsonObject toJson(const QJsonValue &download) const;
};

} // namespace Sandbox
