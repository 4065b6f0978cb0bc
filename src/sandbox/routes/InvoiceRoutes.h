#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /invoices, GET /invoices/{period}, POST /invoices/{period}/repeat [order].
class InvoiceRoutes
{
public:
    explicit InvoiceRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply list(const ApiExchange &exchange) const;
    ApiReply invoice(const ApiExchange &exchange) const;
    ApiReply repeat(const ApiExchange &exchange);
    ApiReply sendRepeat(const ApiExchange &exchange, const QString &period);

    SandboxServices &m_services;
};

} // namespace Sandbox
