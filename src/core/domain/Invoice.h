#pragma once

#include "BillingPeriod.h"
#include "DeliveryTarget.h"
#include "InvoiceLine.h"
#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A regular monthly invoice, addressed to the delivery setting in force when it was formed.
struct Invoice
{
    BillingPeriod period;
    QString number;
    Money amount;
    QDateTime formedAt;
    DeliveryTarget deliveredTo;
    QList<InvoiceLine> lines; // only in the answer for one invoice; empty in the list
};
