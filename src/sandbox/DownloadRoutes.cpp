#include "DownloadRoutes.h"

#include "DocumentJobQueue.h"
#include "FileStreamer.h"
#include "SandboxClock.h"
#include "SignedLink.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;

// "bytes=N-" (or "bytes=N-M", served to the end): the offset, 0 without Range, -1 if unusable.
qint64 rangeStart(const QByteArray &range, qint64 size)
{
    if (range.isEmpty())
        return 0;
    static const QRegularExpression shape(u"^bytes=(\\d+)-(\\d*)$"_s);
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(range.trimmed()));
    if (!match.hasMatch())
        return -1;
    const qint64 start = match.captured(1).toLongLong();
    return start < size ? start : -1;
}
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
    const std::optional<DocumentJob> job = m_services.jobs->find(link.organisationId, link.jobId);
    if (!job || job->status != u"ready"_s) {
        return exchange->send(ApiReply::problem(
            ProblemResponse(ProblemCode::NotFound, u"The document no longer exists."_s)));
    }
    qint64 offset = rangeStart(exchange->header(QByteArrayLiteral("Range")), job->size);
    if (offset > 0 && exchange->responseFault() == ResponseFault::RangeMismatch)
        offset /= 2; // as a broken cache might: a 206 that says so, but not from where it was asked
    if (offset < 0) {
        ApiReply reply = ApiReply::problem(ProblemResponse(
            ProblemCode::ValidationFailed, u"Only \"Range: bytes=N-\" within the file is supported."_s)
                .withStatus(416).withFieldError(u"Range"_s, u"not satisfiable"_s));
        reply.headers.append({QByteArrayLiteral("Content-Range"),
                              "bytes */" + QByteArray::number(job->size)});
        return exchange->send(reply);
    }
    auto *streamer = new FileStreamer(exchange, job->filePath, this);
    if (!streamer->start(offset, QByteArrayLiteral("application/pdf"))) {
        delete streamer;
        exchange->send(ApiReply::problem(
            ProblemResponse(ProblemCode::NotFound, u"The document no longer exists."_s)));
    }
}

} // namespace Sandbox
