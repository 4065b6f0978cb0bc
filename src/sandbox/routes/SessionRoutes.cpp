#include "routes/SessionRoutes.h"

#include "JsonRequestParser.h"
#include "server/SandboxClock.h"
#include "security/SessionService.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;

ApiReply replyOf(const Outcome<IssuedTokens> &outcome,
                 QJsonObject (*toJson)(const IssuedTokens &))
{
    if (const ProblemResponse *problem = problemOf(outcome))
        return ApiReply::problem(*problem);
    return ApiReply::json(200, toJson(std::get<IssuedTokens>(outcome)));
}
}

SessionRoutes::SessionRoutes(SandboxServices &services)
    : m_services(services)
{
}

void SessionRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Post, u"/session"_s, RouteAccess::Public,
                   [this](const ApiExchange &e) { return logIn(e); });
    router.addSync(Method::Post, u"/session/refresh"_s, RouteAccess::Public,
                   [this](const ApiExchange &e) { return refresh(e); });
    router.addSync(Method::Delete, u"/session"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return logOut(e); });
}

ApiReply SessionRoutes::logIn(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"login"_s}, {u"password"_s}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    return replyOf(m_services.sessions->logIn(body.object.value(u"login"_s).toString(),
                                              body.object.value(u"password"_s).toString(),
                                              exchange.remoteAddress()),
                   &SessionRoutes::tokensJson);
}

ApiReply SessionRoutes::refresh(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"refresh_token"_s}});
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    return replyOf(m_services.sessions->refresh(body.object.value(u"refresh_token"_s).toString()),
                   &SessionRoutes::tokensJson);
}

ApiReply SessionRoutes::logOut(const ApiExchange &exchange)
{
    m_services.sessions->logOut(exchange.header(QByteArrayLiteral("Authorization")));
    return ApiReply::noContent();
}

QJsonObject SessionRoutes::tokensJson(const IssuedTokens &tokens)
{
    return QJsonObject{
        {u"access_token"_s, tokens.accessToken},
        {u"refresh_token"_s, tokens.refreshToken},
        {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, tokens.expiresIn},
        {u"expires_at"_s, SandboxClock::toRfc3339(tokens.expiresAt)},
    };
}

} // namespace Sandbox
