#pragma once

#include "ChargeLine.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sandbox {

// Everything printed on a regular monthly invoice.
struct InvoiceContent
{
    QString number;
    QString period; // "YYYY-MM"
    QString organisationName;
    QString contractNumber;
    QString taxpayerNumber;
    QString organisationAddress;
    QDateTime formedAt;
    QString currency;
    QList<ChargeLine> lines;
};

} // namespace Sandbox
