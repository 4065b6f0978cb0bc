#pragma once

#include <QString>

namespace Sandbox {

// The e-mail address shape the operator accepts.
class EmailSyntax
{
public:
    static bool isValid(const QString &address);
};

} // namespace Sandbox
