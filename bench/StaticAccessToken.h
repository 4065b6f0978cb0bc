#pragma once

#include "api/AccessTokenSource.h"

#include <QString>

// A bearer token given on the command line: the benchmark logs in beforehand and never renews.
class StaticAccessToken : public AccessTokenSource
{
public:
    explicit StaticAccessToken(const QString &token)
        : m_token(token)
    {
    }
    QString accessToken() const override { return m_token; }
    void renewAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }

private:
    QString m_token;
};
