#include "server/HttpRouter.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void HttpRouter::add(QHttpServerRequest::Method method, const QString &pattern, RouteAccess access,
                     RouteHandler handler)
{
    m_routes.push_back(Route{method, segmentsOf(pattern), access, std::move(handler)});
}

void HttpRouter::addSync(QHttpServerRequest::Method method, const QString &pattern,
                         RouteAccess access, SyncRouteHandler handler)
{
    add(method, pattern, access, [handler = std::move(handler)](const ExchangePtr &exchange) {
        exchange->send(handler(*exchange));
    });
}

std::optional<RouteMatch> HttpRouter::match(QHttpServerRequest::Method method,
                                            const QString &path) const
{
    const QStringList segments = segmentsOf(path);
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        RouteMatch match{route, {}};
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            if (isPlaceholder(expected))
                match.parameters.insert(expected.mid(1, expected.size() - 2), segments.at(i));
            else
                matches = expected == segments.at(i);
        }
        if (matches)
            return match;
    }
    return std::nullopt;
}

} // namespace Sandbox
