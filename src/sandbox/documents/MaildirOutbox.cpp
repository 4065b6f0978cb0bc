#include "MaildirOutbox.h"

#include "MimeMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>

#include <atomic>

namespace Sandbox {

namespace {

std::atomic<quint64> deliveryCounter{0};

QString hostName()
{
    // Maildir reserves '/' and ':' in names; the convention spells them as octal escapes.
    QString name = QSysInfo::machineHostName();
    name.replace(QLatin1Char('/'), QLatin1String("\\057")).replace(QLatin1Char(':'), QLatin1String("\\072"));
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

// time.pid_counter.hostname: unique within the process by the counter, across processes by the pid.
QString uniqueName()
{
    return QStringLiteral("%1.%2_%3.%4")
        .arg(QDateTime::currentSecsSinceEpoch())
        .arg(QCoreApplication::applicationPid())
        .arg(++deliveryCounter)
        .arg(hostName());
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

MaildirOutbox::MaildirOutbox(const QString &directory)
    : m_directory(directory)
{
    // An empty mailbox is still a mailbox: a reader may look before the first e-mail is sent. A failure here
    // is met again, and reported, by the first delivery.
    const QDir root(m_directory);
    for (const QString &folder : {QStringLiteral("tmp"), QStringLiteral("new"), QStringLiteral("cur")})
        root.mkpath(folder);
}

bool MaildirOutbox::deliver(const OutgoingMail &mail, QString *errorMessage)
{
    const QByteArray message = MimeMessage::compose(mail, errorMessage);
    if (message.isEmpty())
        return false;
    const QDir root(m_directory);
    for (const QString &folder : {QStringLiteral("tmp"), QStringLiteral("new"), QStringLiteral("cur")}) {
        if (!root.mkpath(folder))
            return fail(errorMessage, QStringLiteral("Cannot create %1").arg(root.filePath(folder)));
    }
    QString name = uniqueName();
    while (QFile::exists(root.filePath(QStringLiteral("tmp/") + name))
           || QFile::exists(root.filePath(QStringLiteral("new/") + name))) {
        name = uniqueName();
    }
    const QString temporaryPath = root.filePath(QStringLiteral("tmp/") + name);
    // QSaveFile flushes the file to disk before it appears under its name in tmp/.
    QSaveFile file(temporaryPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit())
        return fail(errorMessage, QStringLiteral("Cannot write %1: %2").arg(temporaryPath, file.errorString()));
    const QString finalPath = root.filePath(QStringLiteral("new/") + name);
    if (!QFile::rename(temporaryPath, finalPath)) {
        QFile::remove(temporaryPath);
        return fail(errorMessage, QStringLiteral("Cannot move the message into %1").arg(finalPath));
    }
    return true;
}

QString MaildirOutbox::directory() const
{
    return m_directory;
}

} // namespace Sandbox
