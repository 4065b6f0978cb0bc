#pragma once

#include "close/MonthClose.h"

#include <optional>

// The month-end close that was running when the app stopped, kept in the settings (months, accounts,
// documents, where the pack goes: no secret), so that the next start goes on with it. What was already filed
// stays filed and a generation left pending is followed, so going on orders nothing twice.
namespace MonthCloseRecord {

void save(const MonthClose::Request &request);
std::optional<MonthClose::Request> load();
void clear();

} // namespace MonthCloseRecord
