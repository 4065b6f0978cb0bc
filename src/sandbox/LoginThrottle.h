#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxClock;

// Slows down password guessing: 5 failures for a login within 15 minutes lock it for the rest.
class LoginThrottle
{
public:
    explicit LoginThrottle(const SandboxClock &clock);

    // Seconds until the login may try again, if it is locked now.
    std::optional<int> lockedFor(const QString &login);
    void recordFailure(const QString &login);
    void recordSuccess(const QString &login);

private:
    void forgetOld(const QString &login);

    const SandboxClock &m_clock;
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace Sandbox
