#pragma once

#include "CallRecord.h"

#include <QList>
#include <QString>

namespace Sandbox {

// The calls of one period, for all subscribers or one.
struct CallDetailsContent
{
    QString organisationName;
    QString contractNumber;
    QString period; // "YYYY-MM"
    QList<CallRecord> calls;
};

} // namespace Sandbox
