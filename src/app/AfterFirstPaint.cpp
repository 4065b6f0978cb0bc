#include "AfterFirstPaint.h"

#include <QEvent>
#include <QWidget>

void AfterFirstPaint::run(QWidget *window, std::function<void()> work, int fallbackMs)
{
    new AfterFirstPaint(window, std::move(work), fallbackMs);
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs)
    : QObject(window)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
    m_fallback.setSingleShot(true);
    connect(&m_fallback, &QTimer::timeout, this, &AfterFirstPaint::fire);
    m_fallback.start(fallbackMs);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the window's children paint and the frame reaches the screen first.
        QTimer::singleShot(0, this, &AfterFirstPaint::fire);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::fire()
{
    if (!m_work)
        return;
    m_fallback.stop();
    deleteLater(); // first: the work may end with the window, and this with it
    std::exchange(m_work, {})();
}
