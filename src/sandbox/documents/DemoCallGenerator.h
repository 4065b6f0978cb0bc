#pragma once

#include "CallRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

// Invents a month of plausible outgoing calls for demo subscribers, the same ones for the same seed.
class DemoCallGenerator
{
public:
    // Calls of the "YYYY-MM" period sorted by start time (operator time zone, which may lie in the
    // future for the current month: callers cut at their clock). Each subscriber's calls depend only on
    // the seed, the period and its number. An invalid period gives no calls.
    static QList<CallRecord> generate(const QStringList &subscriberNumbers, const QString &period, quint32 seed);
};

} // namespace Sandbox
