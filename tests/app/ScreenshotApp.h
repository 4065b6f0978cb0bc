#pragma once

// What the picture-taking programs (take_screenshots, manual_screenshots) share: the app's settings,
// archive and demo operator in a scratch folder rather than the user's, and the app's own style and names.
#include "FocusRingStyle.h"

#include <QApplication>
#include <QTemporaryDir>

class ScratchHome
{
public:
    // Before the QApplication: Qt reads the XDG folders once.
    ScratchHome()
    {
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toLocal8Bit());
    }

    bool isValid() const { return m_home.isValid(); }

private:
    QTemporaryDir m_home;
};

inline void dressAsTheApp()
{
    QApplication::setStyle(new FocusRingStyle);
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Cabinet"));
    QCoreApplication::setApplicationName(QStringLiteral("SIP Cabinet"));
}
