#pragma once

#include <QString>

namespace Sandbox {

// The phone shape the operator accepts for call-back requests: +7 and ten digits.
class PhoneSyntax
{
public:
    static bool isValid(const QString &number);
};

} // namespace Sandbox
