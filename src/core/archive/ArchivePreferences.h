#pragma once

#include <QString>

// The archive's preferences (QSettings, never secrets): automatic fetch, the pack's name template, where the
// last pack went.
class ArchivePreferences
{
public:
    static bool automaticFetch();
    static void setAutomaticFetch(bool on);
    static QString nameTemplate();
    static void setNameTemplate(const QString &pattern);
    static QString lastPackFolder();
    static void setLastPackFolder(const QString &folder);
};
