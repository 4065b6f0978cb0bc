#include "orders/DocumentJob.h"

#include "server/SandboxClock.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

QJsonObject DocumentJob::toJson(const QJsonValue &download) const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"period"_s, period},
        {u"status"_s, status},
        {u"progress"_s, progress},
        {u"created_at"_s, SandboxClock::toRfc3339(createdAt)},
        {u"updated_at"_s, SandboxClock::toRfc3339(updatedAt)},
        {u"download"_s, download},
    };
}

} // namespace Sandbox
