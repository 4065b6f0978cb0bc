#pragma once

#include "CallDetailsContent.h"

#include <QByteArray>

namespace Sandbox {

// Writes call details as an RFC 4180 CSV file or a Russian-language PDF; times are in operator time.
class CallDetailsRenderer
{
public:
    // Columns: started_at (ISO 8601 with offset), subscriber_number, called_number, duration_seconds, cost ("12.34").
    static QByteArray renderCsv(const CallDetailsContent &details);
    // Needs a QGuiApplication; returns an empty array without one.
    static QByteArray renderPdf(const CallDetailsContent &details);
};

} // namespace Sandbox
