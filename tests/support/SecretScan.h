#pragma once

#include <QStringList>

// Looks through every file under some folders for secrets that must never be written down.
class SecretScan
{
public:
    // Paths (relative to the folder scanned) of the files that contain any of the secrets.
    static QStringList filesContaining(const QStringList &roots, const QList<QByteArray> &secrets,
                                       const QStringList &skippedFolderNames = {});
    static int filesScanned(const QStringList &roots, const QStringList &skippedFolderNames = {});
};
