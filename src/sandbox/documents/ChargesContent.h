#pragma once

#include "ChargeLine.h"

#include <QList>
#include <QString>

namespace Sandbox {

// The charges accumulated so far in the current period, per subscriber.
struct ChargesContent
{
    QString organisationName;
    QString contractNumber;
    QString period; // "YYYY-MM"
    QString currency;
    QList<ChargeLine> lines;
};

} // namespace Sandbox
