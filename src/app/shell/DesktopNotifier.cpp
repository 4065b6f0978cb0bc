#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace {
constexpr int StatusMessageMs = 15000;
}

DesktopNotifier::DesktopNotifier(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QCoreApplication::applicationName());
            m_tray->show();
        }
        m_tray->showMessage(title, message);
    }
    m_window->statusBar()->showMessage(message, StatusMessageMs);
}
