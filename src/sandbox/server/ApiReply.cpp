#include "server/ApiReply.h"

#include <QJsonDocument>

namespace Sandbox {

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::problem(const ProblemResponse &problem)
{
    ApiReply reply;
    reply.status = problem.status();
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = QJsonDocument(problem.body()).toJson(QJsonDocument::Compact);
    reply.headers = problem.headers();
    return reply;
}

ApiReply ApiReply::storageFailure()
{
    return problem(ProblemResponse(ProblemCode::InternalError,
                                   QStringLiteral("The request could not be stored; nothing was recorded.")));
}

ApiReply ApiReply::noContent()
{
    ApiReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

} // namespace Sandbox
