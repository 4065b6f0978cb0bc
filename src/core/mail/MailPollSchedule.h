#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

// When mail intake looks again: every ten minutes, and for a while after an order every fifteen seconds,
// since the operator's answer usually follows within a minute or two. There is no IMAP IDLE to wait on.
class MailPollSchedule : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        std::chrono::milliseconds usual = std::chrono::minutes(10);
        std::chrono::milliseconds hurried = std::chrono::seconds(15);
        std::chrono::milliseconds hurryFor = std::chrono::minutes(5);
    };

    explicit MailPollSchedule(QObject *parent = nullptr);
    explicit MailPollSchedule(const Intervals &intervals, QObject *parent = nullptr);

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // An order was placed: look soon, and often for a while.
    void hurry();
    bool isHurried() const;
    std::chrono::milliseconds currentInterval() const;

signals:
    void due();

private:
    void onTimeout();
    void arm();

    Intervals m_intervals;
    QTimer m_timer;
    QDeadlineTimer m_hurriedUntil;
};
