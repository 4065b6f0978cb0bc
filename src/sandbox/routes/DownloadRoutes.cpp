#include "routes/DownloadRoutes.h"

#include "orders/DocumentJobQueue.h"
#include "server/FileStreamer.h"
#include "RangeRequest.h"
#include "server/SandboxClock.h"
#include "SignedLink.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
}

DownloadRoutes::DownloadRoutes(SandboxServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

void DownloadRoutes::registerIn(HttpRouter &router)
{
    router.add(Method::Get, u"/downloads/{token}"_s, RouteAccess::Organisation,
               [this](const ExchangePtr &e) { download(e); });
}

void DownloadRoutes::download(const ExchangePtr &exchange)
{
    const Outcome<LinkGrant> grant =
        m_services.links->verify(exchange->pathParameter(u"token"_s), m_services.clock->now());
    if (const ProblemResponse *problem = problemOf(grant))
        return exchange->send(ApiReply::problem(*problem));
    const LinkGrant &link = std::get<LinkGrant>(grant);
    if (link.organisationId != exchange->organisationId()) {
        return exchange->send(ApiReply::problem(ProblemResponse(
            ProblemCode::Forbidden, u"The link belongs to another organisation."_s)));
    }
    // A link handed out before a log-out dies with that session, even before its expiry.
    if (link.sessionId != exchange->sessionId()) {
        return exchange->send(ApiReply::problem(ProblemResponse(
            ProblemCode::Forbidden, u"The link was handed out in another session; ask for a new one."_s)));
    }
    const std::optional<DocumentJob> job = m_services.jobs->find(link.organisationId, link.jobId);
    if (!job || job->status != u"ready"_s) {
        return exchange->send(ApiReply::problem(
            ProblemResponse(ProblemCode::NotFound, u"The document no longer exists."_s)));
    }
    const std::optional<qint64> start =
        RangeRequest::startOffset(exchange->header(QByteArrayLiteral("Range")), job->size);
    if (!start) {
        ApiReply reply = ApiReply::problem(ProblemResponse(
            ProblemCode::ValidationFailed, u"Only \"Range: bytes=N-\" within the file is supported."_s)
                .withStatus(416).withFieldError(u"Range"_s, u"not satisfiable"_s));
        reply.headers.append({QByteArrayLiteral("Content-Range"),
                              "bytes */" + QByteArray::number(job->size)});
        return exchange->send(reply);
    }
    qint64 offset = *start;
    if (offset > 0 && exchange->responseFault() == ResponseFault::RangeMismatch)
        offset /= 2; // as a broken cache might: a 206 that says so, but not from where it was asked
    auto *streamer = new FileStreamer(exchange, job->filePath, this);
    if (!streamer->start(offset, QByteArrayLiteral("application/pdf"))) {
        delete streamer;
        exchange->send(ApiReply::problem(
            ProblemResponse(ProblemCode::NotFound, u"The document no longer exists."_s)));
    }
}

} // namespace Sandbox
