#pragma once

#include <QObject>

class QMainWindow;
class QSystemTrayIcon;

// News that arrives while the user looks elsewhere (an invoice fetched on its own): a tray message where the
// desktop has one, and the status bar always.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QMainWindow *window);

    void notify(const QString &title, const QString &message);

private:
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};
