#include "LoginThrottle.h"

#include "SandboxClock.h"

namespace Sandbox {

namespace {
constexpr int maxFailures = 5;
constexpr int windowSeconds = 15 * 60;
}

LoginThrottle::LoginThrottle(const SandboxClock &clock)
    : m_clock(clock)
{
}

std::optional<int> LoginThrottle::lockedFor(const QString &login)
{
    forgetOld(login);
    const QList<QDateTime> &failures = m_failures[login];
    if (failures.size() < maxFailures)
        return std::nullopt;
    const qint64 seconds = m_clock.now().secsTo(failures.first().addSecs(windowSeconds));
    return int(qMax<qint64>(1, seconds));
}

void LoginThrottle::recordFailure(const QString &login)
{
    m_failures[login].append(m_clock.now());
}

void LoginThrottle::recordSuccess(const QString &login)
{
    m_failures.remove(login);
}

void LoginThrottle::forgetOld(const QString &login)
{
    QList<QDateTime> &failures = m_failures[login];
    const QDateTime horizon = m_clock.now().addSecs(-windowSeconds);
    failures.removeIf([&](const QDateTime &at) { return at <= horizon; });
}

} // namespace Sandbox
