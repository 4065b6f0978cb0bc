#pragma once

#include "ApiRequest.h"

#include <chrono>
#include <optional>

// Decides whether a failed attempt is tried again and after how long: exponential backoff with jitter for
// connection faults and 502/503/504, the operator's Retry-After for 429/503, and never for a call that
// could do something twice.
class RetryPolicy
{
public:
    struct Attempt
    {
        ApiRequest::Repeat repeat = ApiRequest::Repeat::Safe;
        int number = 1;          // 1 for the first attempt
        bool connectionFault = false;
        bool timedOut = false;
        int httpStatus = 0;
        int retryAfterSeconds = -1;
    };

    int maxAttempts = 4;
    std::chrono::milliseconds baseDelay{400};
    std::chrono::milliseconds maxDelay{8000};
    // Waits longer than this are not done silently: the error goes to the user with the time to wait.
    std::chrono::seconds maxRetryAfter{20};

    // jitter in [0, 1): the caller draws it, so tests can fix it.
    std::optional<std::chrono::milliseconds> delayBeforeNext(const Attempt &attempt, double jitter) const;
};
