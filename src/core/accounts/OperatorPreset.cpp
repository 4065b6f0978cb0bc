#include "OperatorPreset.h"

#include "OperatorUrlPolicy.h"

#include <QFile>
#include <QJsonArray>
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
    // Only what looks like a mailbox: these addresses decide whose e-mail is taken for the operator's.
    for (const QJsonValue &sender : object.value(QLatin1String("mail_senders")).toArray()) {
        const QString address = sender.toString().trimmed().toLower();
        if (address.count(QLatin1Char('@')) == 1 && !address.startsWith(QLatin1Char('@'))
            && !address.endsWith(QLatin1Char('@')) && !address.contains(QLatin1Char(' ')))
            preset.mailSenders << address;
    }
    preset.mailName = object.value(QLatin1String("mail_name")).toString().simplified();
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
