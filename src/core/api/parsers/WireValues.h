#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/JsonReader.h"
#include "domain/DeliveryMethod.h"
#include "domain/DeliveryTarget.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <utility>

// The contract's shared wire values (currency codes, delivery targets, lists of items, enums), read
// strictly on top of JsonReader. Internal to the response parsers.
namespace WireValues {

// The document as a reader of its top-level object; an array or an empty document is a fault.
JsonReader rootReader(const QJsonDocument &document);

QString currency(JsonReader &reader, const QString &member);
qint64 integerIn(JsonReader &reader, const QString &member, qint64 minimum, qint64 maximum);
QTimeZone timeZone(JsonReader &reader, const QString &member);
QUrl absoluteHttpUrl(JsonReader &reader, const QString &member);
QByteArray sha256Hex(JsonReader &reader, const QString &member);
DeliveryMethod deliveryMethod(JsonReader &reader, const QString &member);
DeliveryTarget deliveryTarget(JsonReader reader);
// A delivery address as the user reads it: an e-mail address with its domain in its own letters.
QString deliveryAddress(DeliveryMethod method, const QString &onTheWire);

// A media type split into its lower-case essence ("application/json") and its charset parameter, if any.
struct MediaType
{
    QByteArray essence;
    QByteArray charset;
};
MediaType mediaType(const QByteArray &contentType);

// The value an enum member names; a name outside `values` is a fault.
template<typename Enum>
Enum enumValue(JsonReader &reader, const QString &member, const QList<std::pair<QString, Enum>> &values)
{
    const QString text = reader.string(member);
    for (const auto &[wireName, value] : values) {
        if (wireName == text)
            return value;
    }
    if (reader.ok())
        reader.fail(member, QStringLiteral("unexpected value \"%1\"").arg(text.left(40)));
    return values.constFirst().second;
}

// Each element of the array member, as an object, read by readOne(JsonReader &); stops at the first fault.
template<typename T, typename ReadOne>
QList<T> list(JsonReader &reader, const QString &member, ReadOne readOne)
{
    const QJsonArray array = reader.array(member);
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        JsonReader element = reader.element(array, i, member);
        items.append(readOne(element));
    }
    return items;
}

// The parsed value, or the reader's first fault as a protocol error.
template<typename T>
ApiResult<T> finish(const JsonReader &reader, T value)
{
    if (!reader.ok())
        return ApiError::protocol(reader.fault());
    return ApiResult<T>(std::move(value));
}

} // namespace WireValues
