#pragma once

#include <QDateTime>
#include <QString>

// The operator's record of a call-back request.
struct CallbackReceipt
{
    QString id;
    QString phone;
    QDateTime requestedAt;
};
