#pragma once

#include <QTimeZone>

namespace Sandbox {

// The operator bills in Moscow time; documents show times in it.
class OperatorTimeZone
{
public:
    static QTimeZone zone();
};

} // namespace Sandbox
