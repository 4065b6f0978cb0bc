#pragma once

#include "InvoicingWindow.h"

#include <QDateTime>
#include <QTimeZone>

// The operator's clock: the only time the ordering rules go by.
struct OperatorClock
{
    QDateTime serverTime;
    QTimeZone billingTimeZone;
    InvoicingWindow invoicing;
};
