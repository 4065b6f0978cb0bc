#pragma once

#include <QDateTime>

// Where the app reads time from. Production code asks Clock::system(); a test hands in its own clock
// so that "two days later" or "the local clock is an hour wrong" is a line of the test, not a wait.
class Clock
{
public:
    virtual ~Clock() = default;

    // The computer's wall clock: may be wrong by hours, and may jump.
    virtual QDateTime currentUtc() const = 0;
    // Only differences mean anything; never jumps with the wall clock.
    virtual qint64 monotonicMs() const = 0;

    static const Clock &system();
};
