#pragma once

#include "Money.h"

#include <QString>

// One subscriber's share of a regular invoice.
struct InvoiceLine
{
    QString subscriberId;
    QString number;
    QString label;
    Money amount;
};
