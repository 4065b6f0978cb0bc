#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET/PUT /delivery, GET /delivery/history. Changing delivery is not an order: no blackout.
class DeliveryRoutes
{
public:
    explicit DeliveryRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply current(const QString &organisationId) const;
    ApiReply change(const ApiExchange &exchange);
    ApiReply history(const ApiExchange &exchange) const;

    SandboxServices &m_services;
};

} // namespace Sandbox
