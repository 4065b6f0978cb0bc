#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

struct IssuedTokens;

// POST /session, POST /session/refresh, DELETE /session.
class SessionRoutes
{
public:
    explicit SessionRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply logIn(const ApiExchange &exchange);
    ApiReply refresh(const ApiExchange &exchange);
    ApiReply logOut(const ApiExchange &exchange);
    static QJsonObject tokensJson(const IssuedTokens &tokens);

    SandboxServices &m_services;
};

} // namespace Sandbox
