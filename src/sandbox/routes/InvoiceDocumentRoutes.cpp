#include "routes/InvoiceDocumentRoutes.h"

#include "billing/BillingMonth.h"
#include "orders/DocumentJobQueue.h"
#include "server/LongPollWait.h"
#include "orders/OrderGate.h"
#include "orders/OrderLog.h"
#include "server/SandboxClock.h"
#include "SignedLink.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
constexpr int maxWaitSeconds = 30;

ApiReply jobNotFound()
{
    return ApiReply::problem(ProblemResponse(ProblemCode::NotFound, u"No such job."_s));
}

// RFC 7240 "Prefer: wait=N"; 0 when absent.
int preferredWait(const QByteArray &prefer)
{
    static const QRegularExpression wait(u"(?:^|[,;\\s])wait\\s*=\\s*(\\d+)"_s);
    const QRegularExpressionMatch match = wait.match(QString::fromLatin1(prefer));
    return match.hasMatch() ? qMin(match.captured(1).toInt(), maxWaitSeconds) : 0;
}
}

InvoiceDocumentRoutes::InvoiceDocumentRoutes(SandboxServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

void InvoiceDocumentRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Post, u"/invoice-documents"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return order(e); });
    router.add(Method::Get, u"/invoice-documents/{job_id}"_s, RouteAccess::Organisation,
               [this](const ExchangePtr &e) { job(e); });
    router.addSync(Method::Delete, u"/invoice-documents/{job_id}"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return cancel(e); });
    router.addSync(Method::Post, u"/invoice-documents/{job_id}/link"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return link(e); });
}

QStringList InvoiceDocumentRoutes::availablePeriods() const
{
    const BillingMonth current = BillingMonth::containing(m_services.clock->now());
    return {current.addMonths(-1).toString(), current.addMonths(-2).toString()};
}

ApiReply InvoiceDocumentRoutes::order(const ApiExchange &exchange)
{
    static const JsonRequestParser parser({{u"period"_s}});
    return m_services.orderGate->handle(exchange, parser, [&](const QJsonObject &body) {
        return enqueue(exchange, body);
    });
}

ApiReply InvoiceDocumentRoutes::enqueue(const ApiExchange &exchange, const QJsonObject &body)
{
    const QString period = body.value(u"period"_s).toString();
    if (!BillingMonth::parse(period)) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::ValidationFailed, u"The period must look like YYYY-MM."_s)
                .withFieldError(u"period"_s, u"not a YYYY-MM period"_s));
    }
    const QStringList available = availablePeriods();
    if (!available.contains(period)) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::PeriodUnavailable,
                            u"Invoice documents exist only for the 2 previous months."_s)
                .withMember(u"available_periods"_s, QJsonArray::fromStringList(available)));
    }
    const DocumentJob job = m_services.jobs->enqueue(exchange.organisationId(), period);
    const bool recorded = m_services.orders
        ->record(exchange.organisationId(), u"invoice_document"_s,
                 QString::fromUtf8(exchange.header(QByteArrayLiteral("Idempotency-Key"))), QString(),
                 m_services.clock->now(), period + u" "_s + job.id)
        .has_value();
    if (!recorded) {
        m_services.jobs->cancel(exchange.organisationId(), job.id);
        return ApiReply::storageFailure();
    }
    return ApiReply::json(202, job.toJson(QJsonValue()));
}

void InvoiceDocumentRoutes::job(const ExchangePtr &exchange)
{
    const QString organisationId = exchange->organisationId();
    const QString jobId = exchange->pathParameter(u"job_id"_s);
    const std::optional<DocumentJob> current = m_services.jobs->find(organisationId, jobId);
    const int wait = preferredWait(exchange->header(QByteArrayLiteral("Prefer")));
    if (!current || current->isFinished() || wait == 0) {
        exchange->send(jobReply(*exchange, jobId, wait));
        return;
    }
    new LongPollWait(*m_services.jobs, jobId, wait, [this, exchange, jobId, wait] {
        exchange->send(jobReply(*exchange, jobId, wait));
    }, this);
}

ApiReply InvoiceDocumentRoutes::jobReply(const ApiExchange &exchange, const QString &jobId,
                                         int appliedWait) const
{
    const std::optional<DocumentJob> job = m_services.jobs->find(exchange.organisationId(), jobId);
    if (!job)
        return jobNotFound();
    ApiReply reply = ApiReply::json(
        200, job->toJson(job->status == u"ready"_s ? QJsonValue(downloadJson(*job, exchange.sessionId()))
                                                   : QJsonValue()));
    if (appliedWait > 0)
        reply.headers.append({QByteArrayLiteral("Preference-Applied"),
                              "wait=" + QByteArray::number(appliedWait)});
    return reply;
}

ApiReply InvoiceDocumentRoutes::cancel(const ApiExchange &exchange)
{
    const QString jobId = exchange.pathParameter(u"job_id"_s);
    const std::optional<DocumentJob> job = m_services.jobs->find(exchange.organisationId(), jobId);
    if (!job)
        return jobNotFound();
    if (!m_services.jobs->cancel(exchange.organisationId(), jobId)) {
        return ApiReply::problem(ProblemResponse(
            ProblemCode::JobFinished, u"The job is %1 and can no longer be cancelled."_s.arg(job->status)));
    }
    return jobReply(exchange, jobId, 0);
}

ApiReply InvoiceDocumentRoutes::link(const ApiExchange &exchange) const
{
    const std::optional<DocumentJob> job =
        m_services.jobs->find(exchange.organisationId(), exchange.pathParameter(u"job_id"_s));
    if (!job)
        return jobNotFound();
    if (job->status != u"ready"_s) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::JobNotReady,
                            u"The job is %1; a link exists only when it is ready."_s.arg(job->status)));
    }
    return ApiReply::json(200, downloadJson(*job, exchange.sessionId()));
}

QJsonObject InvoiceDocumentRoutes::downloadJson(const DocumentJob &job, const QString &sessionId) const
{
    const QDateTime expiresAt = m_services.clock->now().addSecs(m_services.linkLifetimeSeconds);
    const QString token = m_services.links->sign({job.id, job.organisationId, sessionId, expiresAt});
    return QJsonObject{
        {u"url"_s, m_services.publicBaseUrl.toString() + u"/downloads/"_s + token},
        {u"size"_s, job.size},
        {u"sha256"_s, QString::fromLatin1(job.sha256)},
        {u"expires_at"_s, SandboxClock::toRfc3339(expiresAt)},
    };
}

} // namespace Sandbox
