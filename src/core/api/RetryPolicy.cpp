#include "RetryPolicy.h"

#include <algorithm>

using namespace std::chrono;

std::optional<milliseconds> RetryPolicy::delayBeforeNext(const Attempt &attempt, double jitter) const
{
    if (attempt.repeat == ApiRequest::Repeat::Never || attempt.number >= maxAttempts)
        return std::nullopt;

    const bool throttled = attempt.httpStatus == 429 || attempt.httpStatus == 503;
    if (throttled && attempt.retryAfterSeconds >= 0) {
        if (seconds(attempt.retryAfterSeconds) > maxRetryAfter)
            return std::nullopt;
        return duration_cast<milliseconds>(seconds(attempt.retryAfterSeconds));
    }

    const bool gatewayFault = attempt.httpStatus == 502 || attempt.httpStatus == 503 || attempt.httpStatus == 504;
    if (!attempt.connectionFault && !attempt.timedOut && !gatewayFault)
        return std::nullopt;

    const milliseconds exponential = baseDelay * (1LL << std::min(attempt.number - 1, 10));
    const milliseconds capped = std::min(exponential, maxDelay);
    // "Equal jitter": at least half the backoff, so clients that failed together do not return together.
    const auto jittered = capped / 2 + milliseconds(static_cast<qint64>(static_cast<double>(capped.count()) / 2.0 * jitter));
    return jittered;
}
