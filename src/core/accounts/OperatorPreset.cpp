#include "OperatorPreset.h"

#include "OperatorUrlPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
const QString PresetPath = QStringLiteral("sipcabinet/operator.json");
} // namespace

std::optional<OperatorPreset> OperatorPreset::fromJson(const QByteArray &json, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (json.size() > MaxFileBytes)
        return fail(tr("The operator's settings file is too large."));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return fail(tr("The operator's settings file is damaged."));
    const QJsonObject object = document.object();
    OperatorPreset preset;
    preset.name = object.value(QLatin1String("name")).toString().simplified();
    preset.apiUrl = QUrl(object.value(QLatin1String("api_url")).toString(), QUrl::StrictMode);
    preset.supportPhone = object.value(QLatin1String("support_phone")).toString().simplified();
    if (preset.name.isEmpty())
        return fail(tr("The operator's settings file has no operator name."));
    if (const QString unsafe = OperatorUrlPolicy::problemWith(preset.apiUrl); !unsafe.isEmpty())
        return fail(unsafe);
    return preset;
}

std::optional<OperatorPreset> OperatorPreset::installed(QString *problem)
{
    const QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation, PresetPath);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("The operator's settings file cannot be read: %1.").arg(file.errorString());
        return std::nullopt;
    }
    return fromJson(file.read(MaxFileBytes + 1), problem);
}
