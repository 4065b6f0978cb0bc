#include "PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace PrivateFiles {

namespace {
using P = QFileDevice::Permission;
constexpr QFileDevice::Permissions groupAndOthers = P::ReadGroup | P::WriteGroup | P::ExeGroup | P::ReadOther
                                                    | P::WriteOther | P::ExeOther;
#ifdef Q_OS_UNIX
// The mask the user had before restrictNewFiles(), for exports; the usual 022 until then.
mode_t usualMask = 022;
#endif

QFileDevice::Permissions fromMode(unsigned mode)
{
    QFileDevice::Permissions permissions;
    const std::pair<unsigned, QFileDevice::Permission> bits[] = {
        {0400, P::ReadOwner}, {0200, P::WriteOwner}, {0100, P::ExeOwner}, {0040, P::ReadGroup},
        {0020, P::WriteGroup}, {0010, P::ExeGroup}, {0004, P::ReadOther}, {0002, P::WriteOther},
        {0001, P::ExeOther},
    };
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    // Qt reports the owner's bits as the user's too; set both so a comparison holds.
    if (mode & 0400)
        permissions |= P::ReadUser;
    if (mode & 0200)
        permissions |= P::WriteUser;
    if (mode & 0100)
        permissions |= P::ExeUser;
    return permissions;
}
} // namespace

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    const mode_t previous = ::umask(077);
    if (previous != 077)
        usualMask = previous;
#endif
}

QStringList appFolders()
{
    QStringList folders{QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                        QFileInfo(QSettings().fileName()).absolutePath()};
    folders.removeDuplicates();
    folders.removeAll(QString());
    return folders;
}

void makeTreePrivate(const QString &root)
{
#ifdef Q_OS_UNIX
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir() || rootInfo.isSymLink() || !(rootInfo.permissions() & groupAndOthers))
        return;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink())
            continue; // never follow a link out of the app's folders
        QFile::setPermissions(entry.filePath(), entry.isDir() ? privateFolderPermissions() : privateFilePermissions());
    }
    QFile::setPermissions(root, privateFolderPermissions()); // last: the walk above is resumed if cut short
#else
    Q_UNUSED(root);
#endif
}

void giveUsualPermissions(const QString &path)
{
#ifdef Q_OS_UNIX
    const bool folder = QFileInfo(path).isDir();
    QFile::setPermissions(path, fromMode((folder ? 0777u : 0666u) & ~unsigned(usualMask)));
#else
    Q_UNUSED(path);
#endif
}

QFileDevice::Permissions privateFilePermissions()
{
    return fromMode(0600);
}

QFileDevice::Permissions privateFolderPermissions()
{
    return fromMode(0700);
}

} // namespace PrivateFiles
