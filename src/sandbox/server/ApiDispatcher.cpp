#include "server/ApiDispatcher.h"

#include "server/FaultInjector.h"
#include "security/SessionService.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

ApiDispatcher::ApiDispatcher(const HttpRouter &router, SandboxServices &services, QObject *parent)
    : QObject(parent), m_router(router), m_services(services)
{
}

void ApiDispatcher::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto exchange = std::make_shared<ApiExchange>(request, std::move(responder));
    const QString path = exchange->path();
    const std::optional<RouteMatch> match =
        path.startsWith(basePath) ? m_router.match(exchange->method(), path.mid(basePath.size()))
                                  : std::nullopt;
    if (!match) {
        exchange->send(ApiReply::problem(ProblemResponse(
            ProblemCode::NotFound, u"No operation %1 here."_s.arg(path))));
        return;
    }
    exchange->setPathParameters(match->parameters);
    if (match->route.access == RouteAccess::Admin) {
        authoriseAndRun(exchange, *match);
        return;
    }
    const std::optional<FaultRule> fault = m_services.faults->take(path.mid(basePath.size()));
    if (fault && applyFault(exchange, *match, *fault))
        return;
    authoriseAndRun(exchange, *match);
}

// True when the fault has answered (or will answer) the request itself.
bool ApiDispatcher::applyFault(const ExchangePtr &exchange, const RouteMatch &match,
                               const FaultRule &fault)
{
    switch (fault.kind) {
    case FaultKind::Latency:
        QTimer::singleShot(fault.latencyMs, this,
                           [this, exchange, match] { authoriseAndRun(exchange, match); });
        return true;
    case FaultKind::Status: {
        // The code the contract gives the status (a document the operator no longer has is 404).
        const ProblemCode code = fault.status == 503   ? ProblemCode::ServiceUnavailable
                                 : fault.status == 404 ? ProblemCode::NotFound
                                                       : ProblemCode::InternalError;
        ProblemResponse problem(code, u"Injected fault."_s);
        problem.withStatus(fault.status);
        if (fault.status == 503)
            problem.withRetryAfter(fault.retryAfterSeconds);
        exchange->send(ApiReply::problem(problem));
        return true;
    }
    case FaultKind::RateLimit:
        exchange->send(ApiReply::problem(
            ProblemResponse(ProblemCode::RateLimited, u"Injected rate limit."_s)
                .withRetryAfter(fault.retryAfterSeconds)));
        return true;
    case FaultKind::Drop:
        exchange->setResponseFault(ResponseFault::Drop);
        return false;
    case FaultKind::Truncate:
        exchange->setResponseFault(ResponseFault::Truncate);
        return false;
    case FaultKind::MalformedJson:
        exchange->setResponseFault(ResponseFault::MalformedJson);
        return false;
    case FaultKind::RangeMismatch:
        exchange->setResponseFault(ResponseFault::RangeMismatch);
        return false;
    case FaultKind::Redirect: {
        // A hijacked or misconfigured front end: the request is sent elsewhere, method and body kept.
        ApiReply reply = ApiReply::noContent();
        reply.status = 307;
        reply.headers.append({QByteArrayLiteral("Location"), fault.location.toUtf8()});
        exchange->send(reply);
        return true;
    }
    }
    return false;
}

void ApiDispatcher::authoriseAndRun(const ExchangePtr &exchange, const RouteMatch &match)
{
    switch (match.route.access) {
    case RouteAccess::Public:
        break;
    case RouteAccess::Admin:
        if (!exchange->remoteAddress().isLoopback()) {
            exchange->send(ApiReply::problem(ProblemResponse(
                ProblemCode::Forbidden, u"Admin operations are answered on loopback only."_s)));
            return;
        }
        break;
    case RouteAccess::Organisation: {
        const Outcome<TokenIdentity> identity = m_services.sessions->authenticate(
            exchange->header(QByteArrayLiteral("Authorization")));
        if (const ProblemResponse *problem = problemOf(identity)) {
            ApiReply reply = ApiReply::problem(*problem);
            reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                                  QByteArrayLiteral("Bearer realm=\"operator\"")});
            exchange->send(reply);
            return;
        }
        exchange->setOrganisationId(std::get<TokenIdentity>(identity).organisationId);
        exchange->setSessionId(std::get<TokenIdentity>(identity).sessionId);
        break;
    }
    }
    match.route.handler(exchange);
}

} // namespace Sandbox
