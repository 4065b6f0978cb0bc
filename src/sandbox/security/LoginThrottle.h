#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxClock;

// Slows password guessing without letting a stranger lock a user out, as large identity providers
// do: failures count per login *and* client address, each further failure doubling the wait; an
// address failing across many logins is slowed as a whole; and when failures everywhere pass a
// global rate, only addresses that logged in successfully of late are still let through.
class LoginThrottle
{
public:
    static constexpr int freeFailuresPerPair = 4;
    static constexpr int firstWaitSeconds = 30;
    static constexpr int longestWaitSeconds = 15 * 60;
    static constexpr int addressFailureLimit = 20;       // within addressWindowSeconds
    static constexpr int addressWindowSeconds = 15 * 60;
    static constexpr int globalFailureLimit = 300;       // within globalWindowSeconds
    static constexpr int globalWindowSeconds = 60;
    static constexpr int familiarDays = 30;

    explicit LoginThrottle(const SandboxClock &clock);

    // Seconds until this login may be tried again from this address, if it must wait.
    std::optional<int> retryAfter(const QString &login, const QHostAddress &client);
    void recordFailure(const QString &login, const QHostAddress &client);
    void recordSuccess(const QString &login, const QHostAddress &client);

private:
    struct Streak
    {
        int failures = 0;
        QDateTime lastFailure;
    };

    static QString pairKey(const QString &login, const QHostAddress &client);
    static std::optional<int> waitUntil(const QDateTime &now, const QDateTime &moment);
    void forgetOld(const QDateTime &now);

    const SandboxClock &m_clock;
    QHash<QString, Streak> m_streaks;                     // login + address
    QHash<QString, QList<QDateTime>> m_addressFailures;   // address
    QList<QDateTime> m_globalFailures;
    QHash<QString, QDateTime> m_lastGoodLogIn;            // address
};

} // namespace Sandbox
