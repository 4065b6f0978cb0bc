#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

// Either the value an operator call produced or the reason it failed; never both, never a default.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_data(std::move(value))
    {
    }
    ApiResult(ApiError error)
        : m_data(std::move(error))
    {
    }

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// The result of a call that answers nothing but success.
struct Done
{
};
