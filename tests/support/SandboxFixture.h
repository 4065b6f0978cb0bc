#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Sandbox {
class OperatorSandbox;
}

// A real operator for a test: the sandbox on loopback with its own database and outbox in a temporary
// folder, a fixed clock, and its loopback-only admin endpoints at hand.
class SandboxFixture
{
public:
    static QDateTime defaultNow() { return QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate); }

    SandboxFixture();
    ~SandboxFixture();

    bool start(const QDateTime &now = defaultNow(), int generationDelayMs = 300, int linkLifetimeSeconds = 600,
               int organisations = 2);
    // Where the client talks to the operator: through the contract validator when one is configured
    // (SIPCABINET_CONTRACT_VALIDATOR, see ContractValidator), else the sandbox itself.
    QUrl baseUrl() const;
    // Requests hit by a fault so far (the sandbox runs in this process).
    int faultHits() const;
    QString outboxDirectory() const;
    QString workDirectory() const { return m_dir.path(); }

    // Messages delivered to the outbox (Maildir new/), oldest first.
    QStringList outboxMessages() const;

    // Synchronous plain HTTP, for arranging and checking the sandbox's state.
    struct Answer
    {
        int status = 0;
        QJsonDocument json;
        QByteArray body;
    };
    Answer send(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, const QString &token = {});
    QString logIn(const QString &login = QStringLiteral("demo"), const QString &password = QStringLiteral("demo-password"));

    bool setClock(const QDateTime &now);
    bool addFault(const QJsonObject &fault);
    bool clearFaults();
    QJsonArray orders();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::OperatorSandbox> m_sandbox;
    QNetworkAccessManager m_network;
};
