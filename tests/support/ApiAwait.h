#pragma once

#include "api/ApiResult.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

// Runs one asynchronous operator call to its end inside a test, with the event loop turning.
template<typename T, typename Start>
ApiResult<T> awaitResult(Start start, int timeoutMs = 30000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    start(&context, [&result](const ApiResult<T> &answer) { result = answer; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    if (!result)
        return ApiError::protocol(QStringLiteral("the test waited in vain for an answer"));
    return *result;
}
