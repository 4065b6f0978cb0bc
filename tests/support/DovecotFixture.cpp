#include "DovecotFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <cerrno>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

namespace {

const QString Login = QStringLiteral("buh@romashka.example");
// A space, quotes and Cyrillic: the client must pass it on exactly (no ':' — the passwd-file's separator).
const QString Password = QStringLiteral("s3cret \"quoted\" пароль");
const QStringList ProgramFolders = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")};
constexpr int StartSeconds = 20;
constexpr int StopSeconds = 10;

// Dovecot refuses root as the mail user, and its login process refuses to run as root: as root (CI), the
// mail belongs to nobody and the helper processes run as the users the Debian package creates.
constexpr uid_t UnprivilegedId = 65534;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString currentUserName()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString currentGroupName()
{
    const group *entry = ::getgrgid(::getegid());
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString();
}

quint16 freePort(QTcpServer &holder)
{
    return holder.listen(QHostAddress::LocalHost, 0) ? holder.serverPort() : 0;
}

bool handOver(const QString &directory)
{
    const auto own = [](const QString &path) {
        return ::lchown(QFile::encodeName(path).constData(), UnprivilegedId, UnprivilegedId) == 0;
    };
    bool handed = own(directory);
    QDirIterator it(directory, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        handed = own(it.next()) && handed;
    return handed;
}

// Inside the system's temporary folder, where QTemporaryDir puts a test's folders.
bool isTemporary(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath()).startsWith(QDir::cleanPath(QDir::tempPath()) + u'/');
}

// The mail user must reach the Maildir through the test's temporary folders (QTemporaryDir makes them 0700):
// they get the right to pass through (o+x), nothing more, and nothing outside the temporary location changes.
bool makeReachable(const QString &maildir)
{
    for (QDir dir(QDir::cleanPath(QDir(maildir).absolutePath())); isTemporary(dir.path()); dir.cdUp()) {
        const QByteArray name = QFile::encodeName(dir.absolutePath());
        struct stat info {};
        if (::stat(name.constData(), &info) != 0)
            return false;
        if (::chmod(name.constData(), (info.st_mode & 07777) | S_IXOTH) != 0)
            return false;
    }
    return true;
}

// Every process of a group as a pidfd, which poll() reports readable when the process ends, even one that is
// not our child (the master's children are orphaned when it exits first).
QList<int> exitHandles(pid_t group)
{
    QList<int> handles;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isProcess = false;
        const pid_t pid = pid_t(entry.toInt(&isProcess));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!isProcess || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid pgrp …": the name may hold spaces, so the fields are counted after it.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toInt() == group) {
            // By number: Debian 12's <sys/pidfd.h> declares pidfd_open without C linkage.
            const int handle = int(::syscall(SYS_pidfd_open, pid, 0));
            if (handle >= 0)
                handles.append(handle);
        }
    }
    return handles;
}

// Closes the handles; true when every process ended before the deadline.
bool waitForExits(const QList<int> &handles, const QDeadlineTimer &deadline)
{
    std::vector<pollfd> running;
    for (const int handle : handles)
        running.push_back({handle, POLLIN, 0});
    while (!running.empty() && !deadline.hasExpired()) {
        if (::poll(running.data(), running.size(), int(deadline.remainingTime())) < 0 && errno != EINTR)
            break;
        std::erase_if(running, [](const pollfd &process) {
            if (process.revents == 0)
                return false;
            ::close(process.fd);
            return true;
        });
    }
    const bool allEnded = running.empty();
    for (const pollfd &process : running)
        ::close(process.fd);
    return allEnded;
}

QString program(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, ProgramFolders) : found;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

DovecotFixture::DovecotFixture()
{
    m_master.setProcessChannelMode(QProcess::MergedChannels);
    // A process group of its own: stop() ends the master and its imap processes at once. Ending the master
    // alone leaves a logged-in client served by an orphaned imap process, as if the server were still there.
    m_master.setChildProcessModifier([] { ::setpgid(0, 0); });
}

DovecotFixture::~DovecotFixture()
{
    stop();
}

bool DovecotFixture::start(const QString &maildir)
{
    const QString dovecot = program(QStringLiteral("dovecot"));
    if (isRunning() || !m_dir.isValid() || dovecot.isEmpty()) {
        qWarning("DovecotFixture: already running, or no temporary folder, or no dovecot program");
        return false;
    }
    // As root the fixture gives the Maildir away to another user: only ever a test's own temporary one.
    if (maildir.isEmpty() || (runningAsRoot() && !isTemporary(maildir))) {
        qWarning("DovecotFixture: refusing to serve «%s»: not a temporary folder", qPrintable(maildir));
        return false;
    }
    m_maildir = QDir(maildir).absolutePath();
    for (const char *folder : {"cur", "new", "tmp"}) {
        if (!QDir(m_maildir).mkpath(QLatin1String(folder)))
            return false;
    }
    // Dovecot's login and internal users read the configuration and sockets here.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                            | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                            | QFile::ExeOther);
    const QString home = path(QStringLiteral("home"));
    QDir(m_dir.path()).mkpath(home);
    if (runningAsRoot() && (!handOver(m_maildir) || !handOver(home) || !makeReachable(m_maildir))) {
        qWarning("DovecotFixture: cannot hand %s to the mail user", qPrintable(m_maildir));
        return false;
    }
    if (!QFile::exists(caFile()) && !makeCertificate())
        return false;
    if (!m_imapPort) {
        QTcpServer imap;
        QTcpServer imaps;
        m_imapPort = freePort(imap);
        m_imapsPort = freePort(imaps);
    }
    if (!m_imapPort || !m_imapsPort || !writeConfiguration(m_maildir))
        return false;
    const QString configuration = path(QStringLiteral("dovecot.conf"));
    m_master.start(dovecot, {QStringLiteral("-F"), QStringLiteral("-c"), configuration});
    if (!m_master.waitForStarted() || !waitUntilGreeting()) {
        qWarning("DovecotFixture: Dovecot did not start: %s\n%s", m_master.readAll().constData(),
                 qPrintable(log()));
        stop();
        return false;
    }
    return true;
}

bool DovecotFixture::makeCertificate()
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    // An EC key: made in milliseconds, where RSA takes a noticeable part of a second.
    const QStringList arguments =
        QStringLiteral("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 "
                       "-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1")
            .split(u' ');
    openssl.start(program(QStringLiteral("openssl")),
                  arguments + QStringList{QStringLiteral("-keyout"), path(QStringLiteral("key.pem")),
                                          QStringLiteral("-out"), caFile()});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        qWarning("DovecotFixture: openssl did not make a certificate: %s", openssl.readAll().constData());
        return false;
    }
    return true;
}

bool DovecotFixture::writeConfiguration(const QString &maildir)
{
    const bool root = runningAsRoot();
    const uid_t mailUid = root ? UnprivilegedId : ::geteuid();
    const gid_t mailGid = root ? UnprivilegedId : ::getegid();
    const QString passwd = QStringLiteral("%1:{PLAIN}%2:%3:%4::%5::userdb_mail=maildir:%6\n")
                               .arg(Login, Password)
                               .arg(mailUid)
                               .arg(mailGid)
                               .arg(path(QStringLiteral("home")), maildir);
    const QString configuration = QStringLiteral(R"(# Written by DovecotFixture for one test run.
base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
disable_plaintext_auth = no
auth_failure_delay = 0
mail_fsync = never
first_valid_uid = %2
default_login_user = %3
default_internal_user = %4
default_internal_group = %5
passdb {
  driver = passwd-file
  args = %1/passwd
}
userdb {
  driver = passwd-file
  args = %1/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    port = %6
  }
  inet_listener imaps {
    port = %7
    ssl = yes
  }
}
service anvil {
  chroot =
  # No penalty socket, no auth penalty: one wrong password would delay every later login by seconds.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
)")
                                      .arg(m_dir.path())
                                      .arg(mailUid)
                                      .arg(root ? QStringLiteral("dovenull") : currentUserName(),
                                           root ? QStringLiteral("dovecot") : currentUserName(),
                                           root ? QStringLiteral("dovecot") : currentGroupName())
                                      .arg(m_imapPort)
                                      .arg(m_imapsPort);
    return writeFile(path(QStringLiteral("passwd")), passwd.toUtf8())
           && writeFile(path(QStringLiteral("dovecot.conf")), configuration.toUtf8());
}

// Ready means greeting: the listener exists as soon as the master runs, the login process a moment later.
bool DovecotFixture::waitUntilGreeting()
{
    const QDeadlineTimer deadline{std::chrono::seconds(StartSeconds)};
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_imapPort);
        const bool greeted = socket.waitForConnected(1000) && socket.waitForReadyRead(2000)
                             && socket.readLine().startsWith("* OK");
        if (greeted)
            return true;
        // Between attempts, watch for the one event that ends the wait early: the master giving up.
        if (m_master.waitForFinished(25) || m_master.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

void DovecotFixture::stop()
{
    if (m_master.state() == QProcess::NotRunning)
        return;
    const pid_t group = pid_t(m_master.processId());
    const QList<int> exits = exitHandles(group);
    ::kill(-group, SIGTERM);
    if (!m_master.waitForFinished(StopSeconds * 1000)) {
        ::kill(-group, SIGKILL);
        m_master.waitForFinished(StopSeconds * 1000);
    }
    // An orphaned imap process closes its client's connection only when it ends.
    if (!waitForExits(exits, QDeadlineTimer(std::chrono::seconds(StopSeconds))))
        ::kill(-group, SIGKILL);
}

bool DovecotFixture::restart()
{
    stop();
    return start(m_maildir);
}

ImapSettings DovecotFixture::imapSettings(ImapSettings::Security security) const
{
    ImapSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = security == ImapSettings::Security::Tls ? m_imapsPort : m_imapPort;
    settings.security = security;
    settings.login = Login;
    settings.folder = QStringLiteral("INBOX");
    settings.caCertificatesFile = caFile();
    return settings;
}

QString DovecotFixture::password() const
{
    return Password;
}

QString DovecotFixture::caFile() const
{
    return path(QStringLiteral("cert.pem"));
}

bool DovecotFixture::renumber()
{
    stop();
    // Without its UID list and indexes Dovecot numbers the folder afresh, under the next UIDVALIDITY that
    // dovecot-uidvalidity (kept) hands out. Removing the UID list alone is not enough: the index remembers.
    const QDir maildir(m_maildir);
    const QStringList patterns = {QStringLiteral("dovecot-uidlist"), QStringLiteral("dovecot.index*"),
                                  QStringLiteral("dovecot.list.index*")};
    const QStringList remembered = maildir.entryList(patterns, QDir::Files | QDir::Hidden);
    bool forgotten = !remembered.isEmpty(); // nothing there: Dovecot had not numbered the folder yet
    for (const QString &name : remembered)
        forgotten = QFile::remove(maildir.filePath(name)) && forgotten;
    return start(m_maildir) && forgotten;
}

int DovecotFixture::unseenOnDisk() const
{
    const QDir maildir(m_maildir);
    // What is in new/ has never been read.
    const auto files = [&maildir](const char *folder) {
        return QDir(maildir.filePath(QLatin1String(folder))).entryList(QDir::Files | QDir::Hidden);
    };
    int unseen = int(files("new").size());
    for (const QString &name : files("cur")) {
        const qsizetype info = name.lastIndexOf(QStringLiteral(":2,"));
        if (info < 0 || !name.sliced(info + 3).contains(u'S'))
            ++unseen;
    }
    return unseen;
}

int DovecotFixture::logins() const
{
    return int(log().count(QStringLiteral("imap-login: Info: Login: ")));
}

QString DovecotFixture::log() const
{
    QFile file(path(QStringLiteral("dovecot.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
