#pragma once

#include "server/ApiExchange.h"

#include <QHttpServerRequest>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Sandbox {

enum class RouteAccess { Public, Organisation, Admin };

using RouteHandler = std::function<void(const ExchangePtr &)>;
using SyncRouteHandler = std::function<ApiReply(const ApiExchange &)>;

struct Route
{
    QHttpServerRequest::Method method;
    QStringList segments;
    RouteAccess access;
    RouteHandler handler;
};

struct RouteMatch
{
    Route route;
    QHash<QString, QString> parameters;
};

// Method + path pattern ("/invoices/{period}/repeat") routing under the API base path.
class HttpRouter
{
public:
    void add(QHttpServerRequest::Method method, const QString &pattern, RouteAccess access,
             RouteHandler handler);
    // A route that answers at once.
    void addSync(QHttpServerRequest::Method method, const QString &pattern, RouteAccess access,
                 SyncRouteHandler handler);

    std::optional<RouteMatch> match(QHttpServerRequest::Method method, const QString &path) const;

private:
    std::vector<Route> m_routes;
};

} // namespace Sandbox
