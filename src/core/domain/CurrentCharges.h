#pragma once

#include "BillingPeriod.h"
#include "SubscriberCharge.h"
#include "Money.h"

#include <QList>

// The charges accrued so far in the current billing period, per subscriber.
struct CurrentCharges
{
    BillingPeriod period;
    Money total;
    QList<SubscriberCharge> items;
};
