#include "ContractValidator.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

ContractValidator *ContractValidator::fromEnvironment()
{
    static ContractValidator *validator = [] () -> ContractValidator * {
        const QString prism = qEnvironmentVariable("SIPCABINET_CONTRACT_VALIDATOR");
        if (prism.isEmpty())
            return nullptr;
        auto *created = new ContractValidator;
        created->setParent(QCoreApplication::instance());
        QString error;
        if (!created->start(prism, &error))
            qFatal("The contract validator did not start: %s", qPrintable(error));
        return created;
    }();
    return validator;
}

bool ContractValidator::start(const QString &prism, QString *error)
{
    if (!m_relay.listen(QHostAddress::LocalHost)) {
        *error = m_relay.errorString();
        return false;
    }
    connect(&m_relay, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *client = m_relay.nextPendingConnection())
            relay(client);
    });
    QTcpServer probe; // a free port for Prism, found the only portable way
    if (!probe.listen(QHostAddress::LocalHost)) {
        *error = probe.errorString();
        return false;
    }
    const quint16 port = probe.serverPort();
    probe.close();

    connect(&m_prism, &QProcess::readyReadStandardOutput, this, &ContractValidator::readLog);
    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"SCARF_ANALYTICS"_s, u"false"_s);
    m_prism.setProcessEnvironment(env);
    m_prism.start(prism, {u"proxy"_s, QStringLiteral(SIPCABINET_CONTRACT),
                          u"http://127.0.0.1:%1/api/v1"_s.arg(m_relay.serverPort()), u"--host"_s, u"127.0.0.1"_s,
                          u"--port"_s, QString::number(port), u"--errors"_s});
    if (!m_prism.waitForStarted(10000)) {
        *error = m_prism.errorString();
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_listening; }, 60000)) {
        *error = u"Prism did not start listening: %1"_s.arg(QString::fromUtf8((m_startLog + m_log).right(2000)));
        return false;
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    qInfo("contract validator: every client request goes through Prism at %s", qPrintable(m_url.toString()));
    return true;
}

void ContractValidator::forwardTo(quint16 sandboxPort)
{
    m_sandboxPort = sandboxPort;
    for (const QPointer<QTcpSocket> &client : std::as_const(m_relayed)) {
        if (client)
            client->abort();
    }
    m_relayed.clear();
}

void ContractValidator::relay(QTcpSocket *client)
{
    client->setParent(this);
    m_relayed.append(client);
    auto *sandbox = new QTcpSocket(client);
    const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
        connect(from, &QTcpSocket::readyRead, to, [from, to] {
            if (to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        });
    };
    pipe(client, sandbox);
    pipe(sandbox, client);
    connect(sandbox, &QTcpSocket::connected, client, [client, sandbox] { sandbox->write(client->readAll()); });
    connect(sandbox, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, client, [client, sandbox] {
        sandbox->disconnectFromHost();
        client->deleteLater();
    });
    sandbox->connectToHost(QHostAddress::LocalHost, m_sandboxPort);
}

void ContractValidator::readLog()
{
    m_log += m_prism.readAllStandardOutput();
    qsizetype end;
    while ((end = m_log.indexOf('\n')) >= 0) {
        const QByteArray line = m_log.left(end);
        m_log.remove(0, end + 1);
        if (!m_listening)
            m_startLog += line + '\n';
        if (line.contains("Prism is listening"))
            m_listening = true;
        if (line.contains("Violation:")) {
            m_violations.append(QString::fromUtf8(line).trimmed());
            qWarning("contract violation: %s", line.trimmed().constData());
        }
    }
}
