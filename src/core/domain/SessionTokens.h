#pragma once

#include <QDateTime>
#include <QString>

// The tokens a login or a refresh hands out; the access token stops working at expiresAt.
struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0; // lifetime as the server counts it; immune to a skewed local clock
    QDateTime expiresAt;
};
