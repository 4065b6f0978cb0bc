#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace Sandbox {

// The sandbox's notion of "now": the real clock, or a fixed instant set by --now or /admin/clock.
class SandboxClock
{
public:
    QDateTime now() const;
    void setFixed(const QDateTime &instant);
    void useRealTime();
    bool isFixed() const { return m_fixed.has_value(); }

    static QTimeZone billingZone();
    static QString billingZoneId();
    static QString toRfc3339(const QDateTime &instant);
    static std::optional<QDateTime> parseRfc3339(const QString &text);

private:
    std::optional<QDateTime> m_fixed;
};

} // namespace Sandbox
