#pragma once

#include <QTcpServer>

namespace Sandbox {

// The TCP listener under the HTTP server. Qt HTTP Server 6.4 reads a whole request into memory
// before any handler sees it, so every connection gets a guard that watches the request framing as
// the bytes arrive and refuses a body over the largest the API accepts (413) or framing it cannot
// follow (400) before the body is read; a bounded socket buffer caps what a connection can hold.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace Sandbox
