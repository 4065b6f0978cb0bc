#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /contacts (the mobile call centre), POST /callback-requests. Not orders.
class ContactRoutes
{
public:
    explicit ContactRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    static ApiReply contacts();
    ApiReply requestCallback(const ApiExchange &exchange);

    SandboxServices &m_services;
};

} // namespace Sandbox
