#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// POST /call-details [order]: current or previous month, one subscriber or all, PDF or CSV.
class CallDetailsRoutes
{
public:
    explicit CallDetailsRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply order(const ApiExchange &exchange);
    ApiReply send(const ApiExchange &exchange, const QJsonObject &body);

    SandboxServices &m_services;
};

} // namespace Sandbox
