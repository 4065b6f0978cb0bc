#include "OperatorTime.h"

OperatorTime::OperatorTime(const Clock &clock)
    : m_clock(clock)
{
}

void OperatorTime::synchronise(const QDateTime &operatorNow, const QTimeZone &operatorZone)
{
    if (!operatorNow.isValid())
        return;
    m_zone = operatorZone.isValid() ? operatorZone : QTimeZone::utc();
    m_known = operatorNow.toTimeZone(m_zone);
    m_knownAtMs = m_clock.monotonicMs();
}

void OperatorTime::forget()
{
    m_known = {};
    m_zone = {};
}

QDateTime OperatorTime::now() const
{
    if (!isKnown())
        return m_clock.currentUtc().toTimeZone(QTimeZone::systemTimeZone());
    return m_known.addMSecs(m_clock.monotonicMs() - m_knownAtMs);
}

QTimeZone OperatorTime::zone() const
{
    return isKnown() ? m_zone : QTimeZone::systemTimeZone();
}
