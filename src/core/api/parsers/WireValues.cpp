#include "WireValues.h"

#include "validation/EmailAddress.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace WireValues {

JsonReader rootReader(const QJsonDocument &document)
{
    if (document.isObject())
        return JsonReader(document.object());
    if (document.isArray())
        return JsonReader::fromValue(document.array());
    return JsonReader::fromValue(QJsonValue(QJsonValue::Null));
}

QString currency(JsonReader &reader, const QString &member)
{
    static const QRegularExpression iso4217(u"^[A-Z]{3}$"_s);
    const QString code = reader.string(member);
    if (reader.ok() && !iso4217.match(code).hasMatch())
        reader.fail(member, u"not an ISO 4217 currency code: \"%1\""_s.arg(code.left(40)));
    return code;
}

qint64 integerIn(JsonReader &reader, const QString &member, qint64 minimum, qint64 maximum)
{
    const qint64 value = reader.integer(member);
    if (reader.ok() && (value < minimum || value > maximum))
        reader.fail(member, u"%1 is outside %2..%3"_s.arg(value).arg(minimum).arg(maximum));
    return value;
}

QTimeZone timeZone(JsonReader &reader, const QString &member)
{
    const QString id = reader.nonEmptyString(member);
    if (!reader.ok())
        return {};
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid()) {
        reader.fail(member, u"unknown time zone \"%1\""_s.arg(id.left(60)));
        return {};
    }
    return zone;
}

QUrl absoluteHttpUrl(JsonReader &reader, const QString &member)
{
    const QString text = reader.string(member);
    if (!reader.ok())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const bool http = url.scheme() == "https"_L1 || url.scheme() == "http"_L1;
    if (!url.isValid() || url.isRelative() || !http || url.host().isEmpty()) {
        reader.fail(member, u"not an absolute http(s) URL: \"%1\""_s.arg(text.left(80)));
        return {};
    }
    return url;
}

QByteArray sha256Hex(JsonReader &reader, const QString &member)
{
    // The contract's pattern is ^[0-9a-f]{64}$: lower case only, so an upper-case digest is a fault too.
    static const QRegularExpression lowerHex(u"^[0-9a-f]{64}$"_s);
    const QString text = reader.string(member);
    if (!reader.ok())
        return {};
    if (!lowerHex.match(text).hasMatch()) {
        reader.fail(member, u"not 64 lower-case hex digits: \"%1\""_s.arg(text.left(80)));
        return {};
    }
    return text.toLatin1();
}

DeliveryMethod deliveryMethod(JsonReader &reader, const QString &member)
{
    const QString text = reader.string(member);
    const std::optional<DeliveryMethod> method = deliveryMethodFromWire(text);
    if (reader.ok() && !method)
        reader.fail(member, u"unexpected value \"%1\""_s.arg(text.left(40)));
    return method.value_or(DeliveryMethod::Email);
}

DeliveryTarget deliveryTarget(JsonReader reader)
{
    DeliveryTarget target;
    target.method = deliveryMethod(reader, u"method"_s);
    target.address = deliveryAddress(target.method, reader.string(u"address"_s));
    return target;
}

QString deliveryAddress(DeliveryMethod method, const QString &onTheWire)
{
    return method == DeliveryMethod::Email ? EmailAddress::forDisplay(onTheWire) : onTheWire;
}

MediaType mediaType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    MediaType type;
    type.essence = parts.constFirst().trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        type.charset = value.toLower();
    }
    return type;
}

} // namespace WireValues
