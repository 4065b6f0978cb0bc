#pragma once

#include "Money.h"

#include <QDate>

// A payment an installment plan expects on a date.
struct ScheduledPayment
{
    QDate date;
    Money amount;
};
