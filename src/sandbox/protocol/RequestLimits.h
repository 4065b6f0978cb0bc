#pragma once

#include <QtGlobal>

namespace Sandbox {

// The largest request body any operation accepts (a feedback message with its 2 MiB attachment in
// base64); the connection guard refuses anything larger before reading it.
inline constexpr qint64 largestRequestBody = 3 * 1024 * 1024;
// A request line with its headers; the client sends well under 2 KiB.
inline constexpr qsizetype largestRequestHead = 32 * 1024;

} // namespace Sandbox
