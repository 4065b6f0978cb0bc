#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// Sandbox-only controls, answered to loopback peers only: clock, faults, orders, big documents.
class AdminRoutes
{
public:
    explicit AdminRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply setClock(const ApiExchange &exchange);
    ApiReply resetClock();
    ApiReply addFault(const ApiExchange &exchange);
    ApiReply clearFaults();
    ApiReply orders() const;
    ApiReply oversizeDocuments(const ApiExchange &exchange);
    ApiReply failGenerations(const ApiExchange &exchange);

    SandboxServices &m_services;
};

} // namespace Sandbox
