#pragma once

#include "Money.h"

#include <QString>

// What one subscriber has been charged so far in the current period.
struct SubscriberCharge
{
    QString subscriberId;
    QString number;
    QString label;
    Money amount;
};
