#pragma once

#include "ProblemResponse.h"

#include <variant>

namespace Sandbox {

// Either a value or the problem that explains why there is none.
template<typename T>
using Outcome = std::variant<T, ProblemResponse>;

template<typename T>
const ProblemResponse *problemOf(const Outcome<T> &outcome)
{
    return std::get_if<ProblemResponse>(&outcome);
}

} // namespace Sandbox
