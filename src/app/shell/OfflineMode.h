#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QLabel;
class QPushButton;
class QTimer;
class SessionController;

// The operator is unreachable at start: the window opens on the archive (it needs no network), the status
// bar says the app is offline, and the session is tried again every minute or at «Повторить вход».
class OfflineMode : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetrySeconds = 60;

    OfflineMode(MainWindow *window, SessionController *session);

    void enter(const QString &message);
    void leave();
    bool isActive() const;

private:
    MainWindow *m_window;
    SessionController *m_session;
    QPointer<QLabel> m_label;
    QPointer<QPushButton> m_retryButton;
    QPointer<QTimer> m_retryTimer;
};
