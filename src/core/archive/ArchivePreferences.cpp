#include "ArchivePreferences.h"

#include "ExportNameTemplate.h"

#include <QSettings>
#include <QStandardPaths>

bool ArchivePreferences::automaticFetch()
{
    return QSettings().value(QStringLiteral("archive/automaticFetch"), false).toBool();
}

void ArchivePreferences::setAutomaticFetch(bool on)
{
    QSettings().setValue(QStringLiteral("archive/automaticFetch"), on);
}

QString ArchivePreferences::nameTemplate()
{
    return QSettings().value(QStringLiteral("archive/nameTemplate"), ExportNameTemplate::defaultPattern()).toString();
}

void ArchivePreferences::setNameTemplate(const QString &pattern)
{
    QSettings().setValue(QStringLiteral("archive/nameTemplate"), pattern);
}

QString ArchivePreferences::lastPackFolder()
{
    return QSettings()
        .value(QStringLiteral("archive/lastPackFolder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ArchivePreferences::setLastPackFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("archive/lastPackFolder"), folder);
}
