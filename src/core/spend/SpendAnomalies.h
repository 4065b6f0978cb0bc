#pragma once

#include "SpendAnomaly.h"
#include "SpendTable.h"

#include <QList>

// The rules that pick what to explain about a month's spend, from the kept invoices. One place for the
// thresholds: the page's sentences, the chart's marks and the tests all ask here.
namespace SpendAnomalies {

// A subscriber's month stands out when it is above this many times its usual month...
constexpr double AboveUsualFactor = 1.5;
// ...its usual month being the median of this many months just before it (all of them invoiced).
constexpr int UsualMonths = 3;

// The month's totals against the previous month and the same month a year ago (when those are kept), then
// the subscribers above their usual month (the largest excess first), the new ones and the removed ones.
QList<SpendAnomaly> find(const SpendTable &table, int periodIndex);
// Whether the month has anything about a subscriber to explain (what the chart marks).
bool hasSubscriberAnomaly(const SpendTable &table, int periodIndex);

} // namespace SpendAnomalies
