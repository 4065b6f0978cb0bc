#include "MailPollSchedule.h"

MailPollSchedule::MailPollSchedule(QObject *parent)
    : MailPollSchedule(Intervals(), parent)
{
}

MailPollSchedule::MailPollSchedule(const Intervals &intervals, QObject *parent)
    : QObject(parent)
    , m_intervals(intervals)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailPollSchedule::onTimeout);
}

void MailPollSchedule::start()
{
    arm();
}

void MailPollSchedule::stop()
{
    m_timer.stop();
    m_hurriedUntil = QDeadlineTimer();
}

void MailPollSchedule::hurry()
{
    m_hurriedUntil = QDeadlineTimer(m_intervals.hurryFor);
    // The operator's answer may already be there (the demo operator answers at once).
    m_timer.start(std::chrono::milliseconds(0));
}

bool MailPollSchedule::isHurried() const
{
    return !m_hurriedUntil.isForever() && !m_hurriedUntil.hasExpired();
}

std::chrono::milliseconds MailPollSchedule::currentInterval() const
{
    return isHurried() ? m_intervals.hurried : m_intervals.usual;
}

void MailPollSchedule::onTimeout()
{
    arm();
    emit due();
}

void MailPollSchedule::arm()
{
    m_timer.start(currentInterval());
}
