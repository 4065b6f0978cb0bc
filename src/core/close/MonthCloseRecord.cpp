#include "MonthCloseRecord.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
const QString PeriodKey = QStringLiteral("monthClose/running/period");
const QString RequestKey = QStringLiteral("monthClose/running/request");
} // namespace

namespace MonthCloseRecord {

void save(const MonthClose::Request &request)
{
    QSettings settings;
    settings.setValue(PeriodKey, request.period.toString());
    settings.setValue(RequestKey, QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<MonthClose::Request> load()
{
    const QSettings settings;
    const std::optional<BillingPeriod> period = BillingPeriod::fromString(settings.value(PeriodKey).toString());
    const QJsonDocument json = QJsonDocument::fromJson(settings.value(RequestKey).toString().toUtf8());
    if (!period || !json.isObject())
        return std::nullopt;
    return MonthClose::Request::fromJson(*period, json.object());
}

void clear()
{
    QSettings settings;
    settings.remove(QStringLiteral("monthClose/running"));
}

} // namespace MonthCloseRecord
