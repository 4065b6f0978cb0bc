#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

#include <QObject>

namespace Sandbox {

struct DocumentJob;

// POST /invoice-documents [order], GET (with long poll) and DELETE /invoice-documents/{job_id},
// POST /invoice-documents/{job_id}/link.
class InvoiceDocumentRoutes : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceDocumentRoutes(SandboxServices &services, QObject *parent = nullptr);
    void registerIn(HttpRouter &router);

private:
    ApiReply order(const ApiExchange &exchange);
    ApiReply enqueue(const ApiExchange &exchange, const QJsonObject &body);
    void job(const ExchangePtr &exchange);
    ApiReply cancel(const ApiExchange &exchange);
    ApiReply link(const ApiExchange &exchange) const;
    ApiReply jobReply(const ApiExchange &exchange, const QString &jobId, int appliedWait) const;
    QJsonObject downloadJson(const DocumentJob &job, const QString &sessionId) const;
    QStringList availablePeriods() const;

    SandboxServices &m_services;
};

} // namespace Sandbox
