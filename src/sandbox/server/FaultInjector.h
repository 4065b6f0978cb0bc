#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

enum class FaultKind { Latency, Status, RateLimit, Drop, Truncate, MalformedJson, RangeMismatch, Redirect };

struct FaultRule
{
    QString pathPrefix;
    FaultKind kind = FaultKind::Status;
    int status = 503;
    int latencyMs = 0;
    int retryAfterSeconds = 1;
    QString location; // for Redirect: where the 307 points
    int remaining = -1; // how many more matching requests it hits; -1 = unlimited
};

// Faults on demand for client tests, matched by path prefix under the API base path.
class FaultInjector
{
public:
    void add(const FaultRule &rule);
    void clear();
    // The fault for this request, if any; counts the hit.
    std::optional<FaultRule> take(const QString &path);
    // How many requests a fault has hit so far: the moment a request arrived, for in-process tests.
    int hits() const { return m_hits; }

    static std::optional<FaultKind> kindFromText(const QString &text);

private:
    QList<FaultRule> m_rules;
    int m_hits = 0;
};

} // namespace Sandbox
