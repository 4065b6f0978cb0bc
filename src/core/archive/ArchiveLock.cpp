#include "ArchiveLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
const QByteArray RaiseMessage("raise\n");
}

ArchiveLock::ArchiveLock(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_lock(directory + QStringLiteral("/archive.lock"))
{
    m_lock.setStaleLockTime(0); // stale only when its process is gone, never because it has run long
}

ArchiveLock::~ArchiveLock()
{
    if (m_server)
        m_server->close();
    if (m_owned)
        m_lock.unlock();
}

QString ArchiveLock::serverName() const
{
    const QByteArray key = QDir(m_directory).absolutePath().toUtf8() + qgetenv("USER");
    return QStringLiteral("sipcabinet-") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

ArchiveLock::Claim ArchiveLock::claim()
{
    if (m_owned)
        return Claim::Owned;
    QDir().mkpath(m_directory);
    if (m_lock.tryLock(0)) {
        m_owned = true;
        listen();
        return Claim::Owned;
    }
    return askOwnerToRaise() ? Claim::RaisedOwner : Claim::OwnerSilent;
}

bool ArchiveLock::claimWithoutWindow()
{
    if (m_owned)
        return true;
    QDir().mkpath(m_directory);
    m_owned = m_lock.tryLock(0);
    return m_owned;
}

void ArchiveLock::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(serverName()); // a socket left by a crashed owner; we hold the lock now
    if (!m_server->listen(serverName()))
        return;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(RaiseMessage.trimmed()))
                    emit raiseRequested();
                socket->disconnectFromServer();
            });
        }
    });
}

bool ArchiveLock::askOwnerToRaise() const
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(RaiseMessage);
    const bool sent = socket.waitForBytesWritten(1000);
    socket.waitForDisconnected(1000);
    return sent;
}
