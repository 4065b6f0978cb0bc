#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

// A signed, expiring link to a document; usable only with the same organisation's bearer token.
struct DownloadLink
{
    QUrl url;          // absolute http(s); used as given
    qint64 size = 0;   // bytes
    QByteArray sha256; // 64 lower-case hex characters
    QDateTime expiresAt;
};
