#pragma once

#include "InstallmentScheduleEntry.h"
#include "ScheduledPayment.h"
#include "Money.h"

#include <QList>
#include <QString>

#include <optional>

// A device bought in installments: what is paid, what remains and the schedule.
struct Installment
{
    QString id;
    QString device;
    Money total;
    Money paid;
    Money remaining;
    std::optional<ScheduledPayment> nextPayment; // none once the plan is paid off
    QList<InstallmentScheduleEntry> schedule;
};
