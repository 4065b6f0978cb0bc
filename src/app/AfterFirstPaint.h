#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

// Runs start-up work once the window has painted for the first time, so that opening the archive or a
// D-Bus call to the keychain never stands between the user and the sight of the window. A window that
// does not paint soon (started minimised, or never exposed) gets the work after FallbackMs all the same.
class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    static constexpr int FallbackMs = 1000;

    // The work runs at most once, and not at all if the window is destroyed first.
    static void run(QWidget *window, std::function<void()> work, int fallbackMs = FallbackMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs);
    void fire();

    std::function<void()> m_work;
    QTimer m_fallback;
};
