#pragma once

#include "BillingPeriod.h"
#include "DeliveryMethod.h"

#include <QString>

// Where the next regular invoice will go if nothing changes before it is formed.
struct NextRegularInvoice
{
    BillingPeriod period;
    DeliveryMethod method = DeliveryMethod::Email;
    QString address;
};
