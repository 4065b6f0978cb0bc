#pragma once

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// File modes as the file system has them, for the tests of the app's private files (QFileInfo reports
// the owner's bits twice, and follows links).
namespace FileModes {

inline unsigned modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info{};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 01000; // no such file: never equal to a mode
    return unsigned(info.st_mode) & 0777u;
#else
    Q_UNUSED(path);
    return 0;
#endif
}

// Every entry from root down (root included, links left out) whose mode is not 0700 for a folder or 0600
// for a file, with its mode in octal.
inline QStringList notPrivate(const QString &root)
{
    QStringList found;
    if (modeOf(root) != 0700)
        found.append(QStringLiteral("%1 %2").arg(modeOf(root), 0, 8).arg(root));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (!entry.isSymLink() && modeOf(entry.filePath()) != (entry.isDir() ? 0700u : 0600u))
            found.append(QStringLiteral("%1 %2").arg(modeOf(entry.filePath()), 0, 8).arg(entry.filePath()));
    }
    return found;
}

} // namespace FileModes
