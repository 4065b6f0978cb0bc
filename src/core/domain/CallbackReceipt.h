#pragma once

#include <QDateTime>
#include <QString>

// The operator's record of a call-back request.
struct CallbackReceipt
{
    QString id;
    qint64 number = 0; // the number the customer quotes to the call centre
    QString phone;
    QDateTime requestedAt;
};
