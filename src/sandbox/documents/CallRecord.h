#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace Sandbox {

// One outgoing call of a SIP subscriber, as billed.
struct CallRecord
{
    QDateTime startedAt;
    QString subscriberNumber;
    QString calledNumber;
    int durationSeconds = 0;
    qint64 costKopecks = 0;
};

} // namespace Sandbox
