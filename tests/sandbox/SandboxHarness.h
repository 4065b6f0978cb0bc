#pragma once

#include "server/OperatorSandbox.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <functional>

#include <memory>

// One answer of the sandbox, read completely.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const;
    QString code() const { return json.value(QStringLiteral("code")).toString(); }
};

// Starts an OperatorSandbox in-process (temp database and outbox) and talks to it over real HTTP.
class SandboxHarness
{
public:
    static constexpr const char *startTime = "2026-05-10T09:00:00Z";

    // address: where the sandbox listens, and so where its calls come from (loopback unless a test says).
    explicit SandboxHarness(int generationDelayMs = 200, int linkLifetimeSeconds = 600,
                            const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));

    bool isRunning() const { return m_running; }
    QUrl baseUrl() const { return m_sandbox.baseUrl(); }
    QString outboxDirectory() const { return m_dir.path() + QStringLiteral("/outbox"); }

    HttpAnswer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QString &token = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpAnswer callUrl(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers);
    // A request sent from another loopback address (127.0.0.2, ...), as another client would.
    HttpAnswer callFrom(const QHostAddress &source, const QByteArray &method, const QString &path,
                        const QByteArray &body);
    QString logIn(const QString &login = QStringLiteral("demo"),
                  const QString &password = QStringLiteral("demo-password"));
    QString logInSecond() { return logIn(QStringLiteral("demo2"), QStringLiteral("demo2-password")); }
    bool setClock(const QString &rfc3339);
    // Makes the database refuse every new row of a table from now on (a trigger, through a second
    // connection to the same file): for tests of how a failed write is answered.
    bool failWritesTo(const QString &table);
    // The organisations table's password columns, as a database from before Argon2id holds them.
    bool storeLegacyPasswordHash(const QString &login, const QString &password);
    QByteArray passwordHashOf(const QString &login);
    int orderCount();
    int outboxCount() const;

    static QByteArray json(const QJsonObject &object);

private:
    bool onDatabase(const std::function<bool(QSqlDatabase &)> &work);

    QTemporaryDir m_dir;
    Sandbox::OperatorSandbox m_sandbox;
    QNetworkAccessManager m_network;
    bool m_running = false;
};
