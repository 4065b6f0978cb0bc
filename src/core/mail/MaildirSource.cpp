#include "MaildirSource.h"

#include "MailLimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

const QStringList Folders = {QStringLiteral("new"), QStringLiteral("cur")};

QString keyOf(const QString &fileName)
{
    const qsizetype info = fileName.indexOf(QStringLiteral(":2,"));
    return info < 0 ? fileName : fileName.left(info);
}

} // namespace

MaildirSource::MaildirSource(const QString &directory)
    : m_directory(directory)
{
}

bool MaildirSource::isReadable(QString *problem) const
{
    const QDir folder(m_directory);
    if (folder.exists(QStringLiteral("cur")) && folder.exists(QStringLiteral("new")))
        return true;
    *problem = tr("«%1» is not a mail folder in the Maildir format (it has no cur and new folders).")
                   .arg(QDir::toNativeSeparators(m_directory));
    return false;
}

QStringList MaildirSource::keys() const
{
    QList<QFileInfo> files;
    for (const QString &folder : Folders) {
        files += QDir(QDir(m_directory).filePath(folder))
                     .entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
    // Delivery order: Maildir names begin with the delivery time in seconds; the name breaks ties.
    std::stable_sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const qint64 at = a.fileName().section(QLatin1Char('.'), 0, 0).toLongLong();
        const qint64 bt = b.fileName().section(QLatin1Char('.'), 0, 0).toLongLong();
        return at != bt ? at < bt : a.fileName() < b.fileName();
    });
    QStringList keys;
    for (const QFileInfo &file : std::as_const(files)) {
        const QString key = keyOf(file.fileName());
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString MaildirSource::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return {};
    // Compared with each name, never used as a path or a pattern: nothing from outside may lead elsewhere.
    for (const QString &folder : Folders) {
        const QDir dir(QDir(m_directory).filePath(folder));
        for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (keyOf(name) == key)
                return dir.filePath(name);
        }
    }
    return {};
}

std::optional<QByteArray> MaildirSource::read(const QString &key, bool *tooLarge) const
{
    if (tooLarge)
        *tooLarge = false;
    QFile file(pathOf(key));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (file.size() > MailLimits::MaxMessageBytes) {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    }
    return file.readAll();
}
