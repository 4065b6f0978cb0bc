#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>

// A ZIP file's entries as Python's zipfile reads them (an independent reader, CRCs checked): name → content.
// Empty when the file is not a sound ZIP.
inline QMap<QString, QByteArray> zipEntries(const QString &path)
{
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SIPCABINET_ZIP_READER), path});
    QMap<QString, QByteArray> entries;
    if (!reader.waitForFinished(60000) || reader.exitCode() != 0)
        return entries;
    const QJsonObject object = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        entries.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return entries;
}
