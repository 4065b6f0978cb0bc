#pragma once

#include <QByteArrayView>

namespace Sandbox {

// The contract's Idempotency-Key: 1 to 255 visible ASCII characters (a UUID fits).
class IdempotencyKey
{
public:
    static constexpr qsizetype maxLength = 255;
    static bool isValid(QByteArrayView key);
};

} // namespace Sandbox
