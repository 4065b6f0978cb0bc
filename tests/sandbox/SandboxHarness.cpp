#include "SandboxHarness.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

SandboxHarness::SandboxHarness(int generationDelayMs, int linkLifetimeSeconds, const QHostAddress &address)
{
    Sandbox::OperatorSandbox::Options options;
    options.address = address;
    options.databasePath = m_dir.path() + u"/sandbox.sqlite"_s;
    options.outboxDirectory = outboxDirectory();
    options.fixedNow = QDateTime::fromString(QString::fromLatin1(startTime), Qt::ISODate);
    options.generationDelayMs = generationDelayMs;
    options.linkLifetimeSeconds = linkLifetimeSeconds;
    QString error;
    m_running = m_sandbox.start(options, &error);
    if (!m_running)
        qWarning("sandbox did not start: %ls", qUtf16Printable(error));
}

HttpAnswer SandboxHarness::call(const QByteArray &method, const QString &path,
                                const QByteArray &body, const QString &token,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_sandbox.baseUrl();
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return callUrl(method, url, body, token, headers);
}

HttpAnswer SandboxHarness::callUrl(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body, const QString &token,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(25000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.headers = reply->rawHeaderPairs();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

QString SandboxHarness::logIn(const QString &login, const QString &password)
{
    const HttpAnswer answer = call("POST", u"/session"_s,
                                   json({{u"login"_s, login}, {u"password"_s, password}}));
    return answer.json.value(u"access_token"_s).toString();
}

bool SandboxHarness::setClock(const QString &rfc3339)
{
    return call("POST", u"/admin/clock"_s, json({{u"now"_s, rfc3339}})).status == 200;
}

int SandboxHarness::orderCount()
{
    return int(call("GET", u"/admin/orders"_s).json.value(u"items"_s).toArray().size());
}

int SandboxHarness::outboxCount() const
{
    return int(QDir(outboxDirectory() + u"/new"_s).entryList(QDir::Files).size());
}

QByteArray SandboxHarness::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
