#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /charges/current, POST /charges/current/orders [order].
class ChargesRoutes
{
public:
    explicit ChargesRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply current(const ApiExchange &exchange) const;
    ApiReply order(const ApiExchange &exchange);
    ApiReply send(const ApiExchange &exchange, const QJsonObject &body);

    SandboxServices &m_services;
};

} // namespace Sandbox
