#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /feedback, POST /feedback (with an optional attachment of up to 2 MiB). Not an order.
class FeedbackRoutes
{
public:
    explicit FeedbackRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply list(const ApiExchange &exchange) const;
    ApiReply send(const ApiExchange &exchange);
    QJsonObject item(const QString &id) const;

    SandboxServices &m_services;
};

} // namespace Sandbox
