#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

#include <QObject>

namespace Sandbox {

struct FaultRule;

// Takes every request QHttpServer receives: base path, routing, injected faults, access checks
// (bearer token or loopback admin), then the route's handler.
class ApiDispatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView basePath{"/api/v1"};

    ApiDispatcher(const HttpRouter &router, SandboxServices &services, QObject *parent = nullptr);

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);

private:
    bool applyFault(const ExchangePtr &exchange, const RouteMatch &match, const FaultRule &fault);
    void authoriseAndRun(const ExchangePtr &exchange, const RouteMatch &match);

    const HttpRouter &m_router;
    SandboxServices &m_services;
};

} // namespace Sandbox
