#pragma once

#include <QString>

#include <functional>

class QObject;

// Gives calls the current access token and renews it once when the operator says it expired.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;
    virtual QString accessToken() const = 0;
    // Calls done(true) with a fresh token in place, or done(false) when the user has to log in again.
    virtual void renewAccessToken(QObject *context, std::function<void(bool renewed)> done) = 0;
};
