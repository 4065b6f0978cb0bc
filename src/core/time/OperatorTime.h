#pragma once

#include "time/Clock.h"

#include <QDateTime>
#include <QTimeZone>

// The operator's now: learned from its clock once, then moved on by the local monotonic clock, so a
// computer whose own clock is hours or days wrong still orders by the operator's calendar.
class OperatorTime
{
public:
    explicit OperatorTime(const Clock &clock = Clock::system());

    void synchronise(const QDateTime &operatorNow, const QTimeZone &operatorZone);
    void forget();

    bool isKnown() const { return m_known.isValid(); }
    // In the operator's zone. Until the operator has answered, the computer's clock in its own zone is the
    // best guess there is; isKnown() says which one this is.
    QDateTime now() const;
    QTimeZone zone() const;

private:
    const Clock &m_clock;
    QDateTime m_known;
    qint64 m_knownAtMs = 0;
    QTimeZone m_zone;
};
