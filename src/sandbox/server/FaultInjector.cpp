#include "server/FaultInjector.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

void FaultInjector::add(const FaultRule &rule)
{
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::take(const QString &path)
{
    for (FaultRule &rule : m_rules) {
        if (rule.remaining == 0 || !path.startsWith(rule.pathPrefix))
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        ++m_hits;
        return rule;
    }
    return std::nullopt;
}

std::optional<FaultKind> FaultInjector::kindFromText(const QString &text)
{
    static const QList<QPair<QString, FaultKind>> names = {
        {u"latency"_s, FaultKind::Latency},   {u"status"_s, FaultKind::Status},
        {u"rate_limit"_s, FaultKind::RateLimit}, {u"drop"_s, FaultKind::Drop},
        {u"truncate"_s, FaultKind::Truncate}, {u"malformed_json"_s, FaultKind::MalformedJson},
        {u"range_mismatch"_s, FaultKind::RangeMismatch}, {u"redirect"_s, FaultKind::Redirect},
    };
    for (const auto &name : names) {
        if (name.first == text)
            return name.second;
    }
    return std::nullopt;
}

} // namespace Sandbox
