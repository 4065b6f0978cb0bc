#pragma once

#include <QString>
#include <QtGlobal>

namespace Sandbox {

// One subscriber's charge on an invoice or a charges statement.
struct ChargeLine
{
    QString subscriberNumber;
    QString label;
    qint64 amountKopecks = 0;
};

} // namespace Sandbox
