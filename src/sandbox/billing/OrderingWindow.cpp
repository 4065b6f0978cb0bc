#include "billing/OrderingWindow.h"

#include "server/SandboxClock.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr int lastClosedDay = 3;
}

bool OrderingWindow::isOpen(const QDateTime &now)
{
    return now.toTimeZone(SandboxClock::billingZone()).date().day() > lastClosedDay;
}

std::optional<QDateTime> OrderingWindow::reopensAt(const QDateTime &now)
{
    if (isOpen(now))
        return std::nullopt;
    const QDate local = now.toTimeZone(SandboxClock::billingZone()).date();
    const QDate reopening(local.year(), local.month(), lastClosedDay + 1);
    return QDateTime(reopening, QTime(0, 0), SandboxClock::billingZone()).toUTC();
}

QJsonObject OrderingWindow::toJson(const QDateTime &now)
{
    const std::optional<QDateTime> reopens = reopensAt(now);
    return QJsonObject{
        {u"open"_s, !reopens.has_value()},
        {u"reopens_at"_s, reopens ? QJsonValue(SandboxClock::toRfc3339(*reopens)) : QJsonValue()},
    };
}

} // namespace Sandbox
