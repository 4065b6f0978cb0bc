#pragma once

#include "ProblemResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Sandbox {

// What a route answers: a status, a JSON (or problem) body and extra headers.
struct ApiReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool isSuccess() const { return status >= 200 && status < 300; }

    static ApiReply json(int status, const QJsonObject &object);
    static ApiReply problem(const ProblemResponse &problem);
    static ApiReply noContent();
    // A write the operator could not store: never answered as done.
    static ApiReply storageFailure();
};

} // namespace Sandbox
