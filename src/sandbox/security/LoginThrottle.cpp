#include "security/LoginThrottle.h"

#include "server/SandboxClock.h"

#include <algorithm>

namespace Sandbox {

namespace {
constexpr int streakMemorySeconds = 24 * 3600;
constexpr qsizetype tidyAbove = 10000; // entries before old ones are swept out
}

LoginThrottle::LoginThrottle(const SandboxClock &clock)
    : m_clock(clock)
{
}

std::optional<int> LoginThrottle::retryAfter(const QString &login, const QHostAddress &client)
{
    const QDateTime now = m_clock.now();
    forgetOld(now);
    const QString address = client.toString();

    const auto streak = m_streaks.constFind(pairKey(login, client));
    if (streak != m_streaks.constEnd() && streak->failures > freeFailuresPerPair) {
        const int doublings = std::min(streak->failures - freeFailuresPerPair - 1, 10);
        const int wait = std::min(longestWaitSeconds, firstWaitSeconds << doublings);
        if (const std::optional<int> seconds = waitUntil(now, streak->lastFailure.addSecs(wait)))
            return seconds;
    }
    const QList<QDateTime> fromAddress = m_addressFailures.value(address);
    if (fromAddress.size() >= addressFailureLimit) {
        if (const std::optional<int> seconds =
                waitUntil(now, fromAddress.at(fromAddress.size() - addressFailureLimit).addSecs(addressWindowSeconds)))
            return seconds;
    }
    const QDateTime familiarSince = now.addDays(-familiarDays);
    const bool familiar = m_lastGoodLogIn.value(address) > familiarSince;
    if (!familiar && m_globalFailures.size() >= globalFailureLimit) {
        if (const std::optional<int> seconds =
                waitUntil(now, m_globalFailures.at(m_globalFailures.size() - globalFailureLimit)
                                   .addSecs(globalWindowSeconds)))
            return seconds;
    }
    return std::nullopt;
}

void LoginThrottle::recordFailure(const QString &login, const QHostAddress &client)
{
    const QDateTime now = m_clock.now();
    Streak &streak = m_streaks[pairKey(login, client)];
    ++streak.failures;
    streak.lastFailure = now;
    // Only the latest failures up to each limit matter for its check.
    QList<QDateTime> &fromAddress = m_addressFailures[client.toString()];
    fromAddress.append(now);
    if (fromAddress.size() > addressFailureLimit)
        fromAddress.remove(0, fromAddress.size() - addressFailureLimit);
    m_globalFailures.append(now);
    if (m_globalFailures.size() > globalFailureLimit)
        m_globalFailures.remove(0, m_globalFailures.size() - globalFailureLimit);
}

void LoginThrottle::recordSuccess(const QString &login, const QHostAddress &client)
{
    m_streaks.remove(pairKey(login, client));
    m_lastGoodLogIn.insert(client.toString(), m_clock.now());
}

QString LoginThrottle::pairKey(const QString &login, const QHostAddress &client)
{
    return login + QLatin1Char('\n') + client.toString();
}

std::optional<int> LoginThrottle::waitUntil(const QDateTime &now, const QDateTime &moment)
{
    const qint64 seconds = now.secsTo(moment);
    if (seconds <= 0)
        return std::nullopt;
    return int(seconds);
}

void LoginThrottle::forgetOld(const QDateTime &now)
{
    const QDateTime globalHorizon = now.addSecs(-globalWindowSeconds);
    m_globalFailures.removeIf([&](const QDateTime &at) { return at <= globalHorizon; });
    if (m_streaks.size() + m_addressFailures.size() + m_lastGoodLogIn.size() < tidyAbove)
        return;
    const QDateTime streakHorizon = now.addSecs(-streakMemorySeconds);
    m_streaks.removeIf([&](const auto &entry) { return entry.value().lastFailure <= streakHorizon; });
    const QDateTime addressHorizon = now.addSecs(-addressWindowSeconds);
    for (auto it = m_addressFailures.begin(); it != m_addressFailures.end();) {
        it->removeIf([&](const QDateTime &at) { return at <= addressHorizon; });
        it = it->isEmpty() ? m_addressFailures.erase(it) : std::next(it);
    }
    const QDateTime familiarHorizon = now.addDays(-familiarDays);
    m_lastGoodLogIn.removeIf([&](const auto &entry) { return entry.value() <= familiarHorizon; });
}

} // namespace Sandbox
