#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /account, GET /clock, GET /subscribers.
class AccountRoutes
{
public:
    explicit AccountRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply account(const ApiExchange &exchange) const;
    ApiReply clock() const;
    ApiReply subscribers(const ApiExchange &exchange) const;

    SandboxServices &m_services;
};

} // namespace Sandbox
