#pragma once

#include "server/HttpRouter.h"
#include "server/SandboxServices.h"

#include <QObject>

namespace Sandbox {

// GET /downloads/{token}: signed, expiring, organisation-bound links; streamed, with Range resume.
class DownloadRoutes : public QObject
{
    Q_OBJECT

public:
    explicit DownloadRoutes(SandboxServices &services, QObject *parent = nullptr);
    void registerIn(HttpRouter &router);

private:
    void download(const ExchangePtr &exchange);

    SandboxServices &m_services;
};

} // namespace Sandbox
