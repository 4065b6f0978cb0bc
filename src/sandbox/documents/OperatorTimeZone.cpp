#include "OperatorTimeZone.h"

namespace Sandbox {

QTimeZone OperatorTimeZone::zone()
{
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    // A system without time-zone data still gets Moscow's offset, fixed since 2014.
    return moscow.isValid() ? moscow : QTimeZone(3 * 3600);
}

} // namespace Sandbox
