#include "server/SandboxClock.h"

#include "OperatorTimeZone.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

QDateTime SandboxClock::now() const
{
    return m_fixed ? *m_fixed : QDateTime::currentDateTimeUtc();
}

void SandboxClock::setFixed(const QDateTime &instant)
{
    m_fixed = instant.toUTC();
}

void SandboxClock::useRealTime()
{
    m_fixed.reset();
}

QTimeZone SandboxClock::billingZone()
{
    return OperatorTimeZone::zone();
}

QString SandboxClock::billingZoneId()
{
    return u"Europe/Moscow"_s;
}

QString SandboxClock::toRfc3339(const QDateTime &instant)
{
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

std::optional<QDateTime> SandboxClock::parseRfc3339(const QString &text)
{
    // RFC 3339 requires an offset; a bare local time would be ambiguous.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace Sandbox
