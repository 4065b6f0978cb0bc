#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>

namespace {
template<typename Visit>
void visitFiles(const QStringList &roots, const QStringList &skipped, Visit visit)
{
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            bool skip = false;
            for (const QString &folder : skipped)
                skip = skip || path.contains(QLatin1Char('/') + folder + QLatin1Char('/'));
            if (!skip)
                visit(path);
        }
    }
}
} // namespace

QStringList SecretScan::filesContaining(const QStringList &roots, const QList<QByteArray> &secrets,
                                        const QStringList &skippedFolderNames)
{
    QStringList hits;
    visitFiles(roots, skippedFolderNames, [&](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : secrets) {
            if (!secret.isEmpty() && (content.contains(secret) || content.contains(secret.toBase64())))
                hits.append(path);
        }
    });
    return hits;
}

int SecretScan::filesScanned(const QStringList &roots, const QStringList &skippedFolderNames)
{
    int count = 0;
    visitFiles(roots, skippedFolderNames, [&count](const QString &) { ++count; });
    return count;
}
