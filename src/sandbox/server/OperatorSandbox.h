#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Sandbox {

// The operator's API, implemented for real on loopback: the app's demo mode and the tests start
// it in-process; operator-sandbox runs it stand-alone.
class OperatorSandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        QString databasePath;
        QString outboxDirectory;
        std::optional<QDateTime> fixedNow;
        int generationDelayMs = 3000;
        int linkLifetimeSeconds = 600;
        int accessTokenLifetimeSeconds = 900;
        int organisations = 2; // seeded into a new database (DemoOrganisations)
        // The API's address as clients reach it (behind a proxy, the proxy's), for the links the
        // operator hands out; empty means the address it listens on.
        QUrl publicBaseUrl;
    };

    static constexpr int MaxOrganisations = 200;

    explicit OperatorSandbox(QObject *parent = nullptr);
    ~OperatorSandbox() override;

    bool start(const Options &options, QString *error);
    QUrl baseUrl() const;
    int faultHits() const;

private:
    struct Parts;
    bool openDatabase(const Options &options, QString *error);
    void createServices(const Options &options);
    void registerRoutes();

    std::unique_ptr<Parts> m_parts;
};

} // namespace Sandbox
