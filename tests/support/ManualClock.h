#pragma once

#include "time/Clock.h"

// A clock the test moves by hand (the idea of KeePassXC's MockClock): the wall clock and the monotonic
// clock are separate, so a test can make the computer's clock wrong without moving time.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &wallClock)
        : m_wall(wallClock.toUTC())
    {
    }

    QDateTime currentUtc() const override { return m_wall; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(std::chrono::milliseconds by)
    {
        m_wall = m_wall.addMSecs(by.count());
        m_monotonicMs += by.count();
    }
    // The user (or NTP) sets the wall clock; monotonic time goes on undisturbed.
    void setWallClock(const QDateTime &wallClock) { m_wall = wallClock.toUTC(); }

private:
    QDateTime m_wall;
    qint64 m_monotonicMs = 1'000'000;
};
