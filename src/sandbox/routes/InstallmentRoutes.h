#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

namespace Sandbox {

// GET /installments: device installment plans with their schedules.
class InstallmentRoutes
{
public:
    explicit InstallmentRoutes(SandboxServices &services);
    void registerIn(HttpRouter &router);

private:
    ApiReply installments(const ApiExchange &exchange) const;
    QJsonObject plan(const QString &id, const QString &device, const QDate &today) const;

    SandboxServices &m_services;
};

} // namespace Sandbox
