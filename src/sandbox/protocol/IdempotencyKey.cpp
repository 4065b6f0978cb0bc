#include "IdempotencyKey.h"

namespace Sandbox {

bool IdempotencyKey::isValid(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > maxLength)
        return false;
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace Sandbox
