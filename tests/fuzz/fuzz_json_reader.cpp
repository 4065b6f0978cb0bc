// JsonReader on arbitrary JSON: every accessor on every member, nested objects and arrays followed a few
// levels deep. A reader must never crash and, once it has a fault, keep it.
#include "FuzzInput.h"
#include "api/JsonReader.h"

#include <QJsonDocument>

namespace {

// Each accessor on a reader of its own, so that every one really parses the member (a reader with a
// fault answers empty values), twice: the second read must not lose the first fault.
void readMember(const QJsonObject &object, const QString &name)
{
    const auto each = [&](auto read) {
        JsonReader fresh(object);
        read(fresh);
        const QString fault = fresh.fault();
        read(fresh);
        FuzzInput::require(fresh.fault() == fault);
    };
    each([&](JsonReader &r) { r.string(name); });
    each([&](JsonReader &r) { r.nonEmptyString(name); });
    each([&](JsonReader &r) { r.nullableString(name); });
    each([&](JsonReader &r) { r.integer(name); });
    each([&](JsonReader &r) { r.boolean(name); });
    each([&](JsonReader &r) { r.dateTime(name); });
    each([&](JsonReader &r) { r.nullableDateTime(name); });
    each([&](JsonReader &r) { r.date(name); });
    each([&](JsonReader &r) { r.period(name); });
    each([&](JsonReader &r) { r.money(name, QStringLiteral("RUB")); });
    each([&](JsonReader &r) { r.oneOf(name, {QStringLiteral("email"), QStringLiteral("post")}); });
    each([&](JsonReader &r) { r.requireMember(name); });
    each([&](JsonReader &r) { r.nullableObject(name); });
    each([&](JsonReader &r) { r.object(name).string(QStringLiteral("id")); });
}

// A few members are enough to reach every path; all of a 1000-member object would only slow the fuzzer.
void readEvery(const QJsonObject &object)
{
    int count = 0;
    for (auto it = object.constBegin(); it != object.constEnd() && count < 16; ++it, ++count)
        readMember(object, it.key());
}

void walk(const QJsonValue &value, int depth)
{
    if (depth <= 0)
        return;
    if (value.isArray()) {
        const QJsonObject holder{{QStringLiteral("items"), value}};
        JsonReader reader(holder);
        const QJsonArray items = reader.array(QStringLiteral("items"));
        for (qsizetype i = 0; i < items.size() && i < 16; ++i) {
            JsonReader element = reader.element(items, i, QStringLiteral("items"));
            element.string(QStringLiteral("id"));
            walk(items.at(i), depth - 1);
        }
        return;
    }
    const QJsonObject object = value.toObject();
    readEvery(object);
    int count = 0;
    for (auto it = object.constBegin(); it != object.constEnd() && count < 16; ++it, ++count)
        walk(it.value(), depth - 1);

    const QString absent = QStringLiteral("absent");
    JsonReader reader = JsonReader::fromValue(value);
    reader.string(absent);
    if (!object.contains(absent))
        FuzzInput::require(!reader.ok() && !reader.fault().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(FuzzInput::bytes(data, size));
    if (document.isNull())
        return 0;
    walk(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 3);
    return 0;
}
