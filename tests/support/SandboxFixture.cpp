#include "SandboxFixture.h"

#include "ContractValidator.h"
#include "server/OperatorSandbox.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

SandboxFixture::SandboxFixture() = default;
SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start(const QDateTime &now, int generationDelayMs, int linkLifetimeSeconds, int organisations)
{
    if (!m_dir.isValid())
        return false;
    m_sandbox = std::make_unique<Sandbox::OperatorSandbox>();
    Sandbox::OperatorSandbox::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("operator.sqlite"));
    options.outboxDirectory = outboxDirectory();
    options.fixedNow = now;
    options.generationDelayMs = generationDelayMs;
    options.linkLifetimeSeconds = linkLifetimeSeconds;
    options.organisations = organisations;
    ContractValidator *validator = ContractValidator::fromEnvironment();
    if (validator)
        options.publicBaseUrl = validator->url(); // the links it hands out lead through the validator too
    QString error;
    if (!m_sandbox->start(options, &error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    if (validator)
        validator->forwardTo(quint16(m_sandbox->baseUrl().port()));
    return true;
}

QUrl SandboxFixture::baseUrl() const
{
    if (ContractValidator *validator = ContractValidator::fromEnvironment())
        return validator->url();
    return m_sandbox->baseUrl();
}

QString SandboxFixture::outboxDirectory() const
{
    return m_dir.filePath(QStringLiteral("outbox"));
}

QStringList SandboxFixture::outboxMessages() const
{
    const QDir newMail(outboxDirectory() + QStringLiteral("/new"));
    QStringList files;
    for (const QFileInfo &info : newMail.entryInfoList(QDir::Files, QDir::Time | QDir::Reversed))
        files.append(info.absoluteFilePath());
    return files;
}

SandboxFixture::Answer SandboxFixture::send(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                            const QString &token)
{
    QUrl url = m_sandbox->baseUrl(); // arranging and checking is not the client's traffic: no validator
    url.setPath(url.path() + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray payload = body.isEmpty() && verb == "GET" ? QByteArray() : QJsonDocument(body).toJson();
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body);
    reply->deleteLater();
    return answer;
}

QString SandboxFixture::logIn(const QString &login, const QString &password)
{
    const Answer answer = send("POST", QStringLiteral("/session"),
                               {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    return answer.json.object().value(QStringLiteral("access_token")).toString();
}

bool SandboxFixture::setClock(const QDateTime &now)
{
    const Answer answer =
        send("POST", QStringLiteral("/admin/clock"), {{QStringLiteral("now"), now.toUTC().toString(Qt::ISODate)}});
    return answer.status / 100 == 2;
}

bool SandboxFixture::addFault(const QJsonObject &fault)
{
    return send("POST", QStringLiteral("/admin/faults"), fault).status / 100 == 2;
}

bool SandboxFixture::clearFaults()
{
    return send("DELETE", QStringLiteral("/admin/faults")).status / 100 == 2;
}

int SandboxFixture::faultHits() const
{
    return m_sandbox ? m_sandbox->faultHits() : 0;
}

QJsonArray SandboxFixture::orders()
{
    return send("GET", QStringLiteral("/admin/orders")).json.object().value(QStringLiteral("items")).toArray();
}
