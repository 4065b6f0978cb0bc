#include "SandboxHarness.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPasswordDigestor>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
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

HttpAnswer SandboxHarness::callFrom(const QHostAddress &source, const QByteArray &method, const QString &path,
                                    const QByteArray &body)
{
    HttpAnswer answer;
    QTcpSocket socket;
    if (!socket.bind(source))
        return answer;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.baseUrl().port()));
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write(method + ' ' + (m_sandbox.baseUrl().path() + path).toUtf8()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                   "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray received;
    QEventLoop loop;
    // Done when the head and as much body as its Content-Length says have arrived.
    const auto complete = [&received] {
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = received.left(headEnd).toLower();
        const qsizetype at = head.indexOf("\ncontent-length:");
        const qint64 length = at < 0 ? 0 : head.mid(at + 16).split('\r').constFirst().trimmed().toLongLong();
        return received.size() >= headEnd + 4 + length;
    };
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (complete())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (socket.state() == QAbstractSocket::ConnectedState)
        loop.exec();
    received += socket.readAll();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.1 ") || headEnd < 0)
        return answer;
    answer.status = received.mid(9, 3).toInt();
    const QList<QByteArray> lines = received.left(headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            answer.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    answer.body = received.mid(headEnd + 4);
    answer.json = QJsonDocument::fromJson(answer.body).object();
    return answer;
}

bool SandboxHarness::onDatabase(const std::function<bool(QSqlDatabase &)> &work)
{
    const QString connection = u"harness-second-connection"_s;
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_dir.path() + u"/sandbox.sqlite"_s);
        done = db.open() && work(db);
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

bool SandboxHarness::failWritesTo(const QString &table)
{
    return onDatabase([&](QSqlDatabase &db) {
        return QSqlQuery(db).exec(u"CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 BEGIN"
                                  " SELECT RAISE(ABORT, 'injected storage fault'); END"_s.arg(table));
    });
}

bool SandboxHarness::storeLegacyPasswordHash(const QString &login, const QString &password)
{
    const QByteArray salt = QByteArrayLiteral("legacy-salt-16by");
    const QByteArray hash =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 20000, 32);
    return onDatabase([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"UPDATE organisations SET password_salt = ?, password_hash = ? WHERE login = ?"_s);
        query.addBindValue(salt);
        query.addBindValue(hash);
        query.addBindValue(login);
        return query.exec() && query.numRowsAffected() == 1;
    });
}

QByteArray SandboxHarness::passwordHashOf(const QString &login)
{
    QByteArray hash;
    onDatabase([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"SELECT password_hash FROM organisations WHERE login = ?"_s);
        query.addBindValue(login);
        if (query.exec() && query.next())
            hash = query.value(0).toByteArray();
        return true;
    });
    return hash;
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
