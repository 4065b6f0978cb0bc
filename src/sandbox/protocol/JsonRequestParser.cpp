#include "JsonRequestParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QString typeName(JsonFieldType type)
{
    switch (type) {
    case JsonFieldType::String: return u"a string"_s;
    case JsonFieldType::Integer: return u"an integer"_s;
    case JsonFieldType::Boolean: return u"a boolean"_s;
    case JsonFieldType::Array: return u"an array"_s;
    case JsonFieldType::Object: return u"an object"_s;
    }
    return QString();
}

bool hasType(const QJsonValue &value, JsonFieldType type)
{
    switch (type) {
    case JsonFieldType::String: return value.isString();
    case JsonFieldType::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case JsonFieldType::Boolean: return value.isBool();
    case JsonFieldType::Array: return value.isArray();
    case JsonFieldType::Object: return value.isObject();
    }
    return false;
}

} // namespace

JsonRequestParser::JsonRequestParser(QList<JsonField> fields, qsizetype maxBytes)
    : m_fields(std::move(fields)), m_maxBytes(maxBytes)
{
}

ParsedBody JsonRequestParser::parse(const QByteArray &body) const
{
    ParsedBody result;
    if (body.size() > m_maxBytes) {
        result.problem = ProblemResponse(ProblemCode::PayloadTooLarge,
                                         u"The body may not exceed %1 bytes."_s.arg(m_maxBytes));
        return result;
    }
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.problem = ProblemResponse(ProblemCode::ValidationFailed,
                                             u"The body must be a JSON object."_s)
                                 .withFieldError(u""_s, error.error != QJsonParseError::NoError
                                                            ? error.errorString()
                                                            : u"not an object"_s);
            return result;
        }
        result.object = document.object();
    }
    ProblemResponse problem(ProblemCode::ValidationFailed, u"The body has invalid fields."_s);
    bool failed = false;
    for (auto it = result.object.constBegin(); it != result.object.constEnd(); ++it) {
        const bool known = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                       [&](const JsonField &f) { return f.name == it.key(); });
        if (!known) {
            problem.withFieldError(it.key(), u"unknown field"_s);
            failed = true;
        }
    }
    for (const JsonField &field : m_fields) {
        if (const std::optional<QString> message = typeError(field, result.object.value(field.name))) {
            problem.withFieldError(field.name, *message);
            failed = true;
        }
    }
    if (failed)
        result.problem = problem;
    return result;
}

std::optional<QString> JsonRequestParser::typeError(const JsonField &field,
                                                    const QJsonValue &value) const
{
    if (value.isUndefined())
        return field.required ? std::optional<QString>(u"required"_s) : std::nullopt;
    if (value.isNull())
        return field.nullable ? std::nullopt : std::optional<QString>(u"may not be null"_s);
    if (!hasType(value, field.type))
        return u"must be %1"_s.arg(typeName(field.type));
    return std::nullopt;
}

} // namespace Sandbox
