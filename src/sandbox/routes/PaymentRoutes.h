#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /payments?from=YYYY-MM-DD&to=YYYY-MM-DD: the balance and the payments received.
class PaymentRoutes
{
public:
    explicit PaymentRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply payments(const ApiExchange &exchange) const;
    qint64 balanceKopecks(const QString &organisationId) const;

    SandboxServices &m_services;
};

} // namespace Sandbox
