#pragma once

#include "ProblemResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

enum class JsonFieldType { String, Integer, Boolean, Array, Object };

struct JsonField
{
    QString name;
    JsonFieldType type = JsonFieldType::String;
    bool required = true;
    bool nullable = false;
};

struct ParsedBody
{
    QJsonObject object;
    std::optional<ProblemResponse> problem;
};

// Strict request-body parsing: size limit, well-formed JSON object, known fields, right types.
class JsonRequestParser
{
public:
    static constexpr qsizetype defaultMaxBytes = 64 * 1024;

    explicit JsonRequestParser(QList<JsonField> fields, qsizetype maxBytes = defaultMaxBytes);

    // An empty body counts as {} (for operations whose every field is optional).
    ParsedBody parse(const QByteArray &body) const;

private:
    std::optional<QString> typeError(const JsonField &field, const QJsonValue &value) const;

    QList<JsonField> m_fields;
    qsizetype m_maxBytes;
};

} // namespace Sandbox
