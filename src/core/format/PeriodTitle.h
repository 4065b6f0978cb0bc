#pragma once

#include "BillingPeriod.h"

#include <QString>

// A billing period as people name it, "Октябрь 2026": the month's standalone name in the user's language.
// The one formatter of periods for every page, the archive and its exports.
class PeriodTitle
{
public:
    static QString of(const BillingPeriod &period);
    // Inside a sentence, "за октябрь 2026": Russian writes the month in lower case there.
    static QString inText(const BillingPeriod &period);
    // Under a chart's bar, on two lines: "нояб." and "2026".
    static QString axisLabel(const BillingPeriod &period);
};
