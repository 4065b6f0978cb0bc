#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Sandbox {

// The blackout rule: no order of any kind from the 1st 00:00 to the 3rd 23:59:59 of a month,
// billing time (Europe/Moscow).
class OrderingWindow
{
public:
    static bool isOpen(const QDateTime &now);
    // When ordering opens again (the 4th, 00:00 billing time), if it is closed at now.
    static std::optional<QDateTime> reopensAt(const QDateTime &now);
    static QJsonObject toJson(const QDateTime &now);
};

} // namespace Sandbox
