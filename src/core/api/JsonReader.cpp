#include "JsonReader.h"

#include <QRegularExpression>

#include <memory>

namespace {
QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : JsonReader(object, path, std::make_shared<QString>())
{
}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> fault)
    : m_object(object)
    , m_path(path)
    , m_fault(std::move(fault))
{
}

JsonReader JsonReader::fromValue(const QJsonValue &value, const QString &path)
{
    JsonReader reader(value.toObject(), path);
    if (!value.isObject())
        *reader.m_fault = QStringLiteral("%1: expected an object, got %2").arg(path, typeName(value.type()));
    return reader;
}

void JsonReader::fail(const QString &member, const QString &what)
{
    if (m_fault->isEmpty())
        *m_fault = QStringLiteral("%1.%2: %3").arg(m_path, member, what);
}

QJsonValue JsonReader::member(const QString &name, QJsonValue::Type type)
{
    const QJsonValue value = m_object.value(name);
    if (value.type() != type) {
        fail(name, value.isUndefined() ? QStringLiteral("missing")
                                       : QStringLiteral("expected %1, got %2").arg(typeName(type), typeName(value.type())));
        return {};
    }
    return value;
}

QString JsonReader::string(const QString &name)
{
    return member(name, QJsonValue::String).toString();
}

QString JsonReader::nonEmptyString(const QString &name)
{
    const QString value = string(name);
    if (ok() && value.isEmpty())
        fail(name, QStringLiteral("empty"));
    return value;
}

void JsonReader::requireMember(const QString &name)
{
    if (!m_object.contains(name))
        fail(name, QStringLiteral("missing"));
}

std::optional<QString> JsonReader::nullableString(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return string(name);
}

qint64 JsonReader::integer(const QString &name)
{
    const double value = member(name, QJsonValue::Double).toDouble();
    // Range first: converting a double outside qint64 to an integer is undefined behaviour.
    constexpr double exactLimit = 9007199254740991.0; // 2^53 - 1, the last integer a double holds exactly
    if (value > exactLimit || value < -exactLimit || static_cast<double>(static_cast<qint64>(value)) != value) {
        fail(name, QStringLiteral("expected an integer"));
        return 0;
    }
    return static_cast<qint64>(value);
}

qint64 JsonReader::positiveInteger(const QString &name)
{
    const qint64 value = integer(name);
    if (ok() && value < 1)
        fail(name, QStringLiteral("expected a positive integer"));
    return value;
}

bool JsonReader::boolean(const QString &name)
{
    return member(name, QJsonValue::Bool).toBool();
}

QDateTime JsonReader::dateTime(const QString &name)
{
    const QString text = string(name);
    if (!ok())
        return {};
    // RFC 3339 demands a date, a time with seconds and an offset; Qt accepts less (no seconds, no offset,
    // a bare date), so check the shape first and let Qt check the calendar.
    static const QRegularExpression shape(
        QStringLiteral(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$)"));
    const QDateTime value = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!shape.match(text).hasMatch() || !value.isValid()) {
        fail(name, QStringLiteral("not an RFC 3339 date-time: \"%1\"").arg(text.left(40)));
        return {};
    }
    return value;
}

std::optional<QDateTime> JsonReader::nullableDateTime(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return dateTime(name);
}

QDate JsonReader::date(const QString &name)
{
    const QString text = string(name);
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (ok() && (!value.isValid() || text.size() != 10))
        fail(name, QStringLiteral("not a date: \"%1\"").arg(text.left(40)));
    return value;
}

BillingPeriod JsonReader::period(const QString &name)
{
    const QString text = string(name);
    const std::optional<BillingPeriod> value = BillingPeriod::fromString(text);
    if (ok() && !value)
        fail(name, QStringLiteral("not a period YYYY-MM: \"%1\"").arg(text.left(40)));
    return value.value_or(BillingPeriod());
}

Money JsonReader::money(const QString &name, const QString &currency)
{
    const QString text = string(name);
    const std::optional<Money> value = Money::fromDecimalString(text, currency);
    if (ok() && !value)
        fail(name, QStringLiteral("not an amount: \"%1\"").arg(text.left(40)));
    return value.value_or(Money());
}

QString JsonReader::oneOf(const QString &name, const QStringList &allowed)
{
    const QString value = string(name);
    if (ok() && !allowed.contains(value))
        fail(name, QStringLiteral("unexpected value \"%1\"").arg(value.left(40)));
    return value;
}

JsonReader JsonReader::object(const QString &name)
{
    return JsonReader(member(name, QJsonValue::Object).toObject(), m_path + u'.' + name, m_fault);
}

std::optional<JsonReader> JsonReader::nullableObject(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return object(name);
}

QJsonArray JsonReader::array(const QString &name)
{
    return member(name, QJsonValue::Array).toArray();
}

JsonReader JsonReader::element(const QJsonArray &array, qsizetype index, const QString &name)
{
    const QString path = QStringLiteral("%1.%2[%3]").arg(m_path, name).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject() && m_fault->isEmpty())
        *m_fault = QStringLiteral("%1: expected an object, got %2").arg(path, typeName(value.type()));
    return JsonReader(value.toObject(), path, m_fault);
}
