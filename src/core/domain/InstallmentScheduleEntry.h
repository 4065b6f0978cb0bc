#pragma once

#include "Money.h"

#include <QDate>

// One entry of an installment plan's schedule and whether it has been paid.
struct InstallmentScheduleEntry
{
    enum class Status { Paid, Due, Overdue };

    QDate date;
    Money amount;
    Status status = Status::Due;
};
