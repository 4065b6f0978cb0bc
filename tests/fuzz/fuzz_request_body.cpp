// The sandbox's JSON request-body parser with the fields of the largest operation (feedback): it never
// crashes, answers either an object whose every member is known and of its type or one problem, and an
// Idempotency-Key is accepted only in the contract's form. Input: "idempotency key\nbody".
#include "FuzzInput.h"
#include "IdempotencyKey.h"
#include "JsonRequestParser.h"

using namespace Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzInput::lines(FuzzInput::bytes(data, size), 1);
    const QByteArray &key = parts.at(0);
    if (IdempotencyKey::isValid(key)) {
        FuzzInput::require(!key.isEmpty() && key.size() <= IdempotencyKey::maxLength);
        for (const char c : key)
            FuzzInput::require(c > ' ' && c < 0x7f);
    }

    static const JsonRequestParser parser({{QStringLiteral("topic")},
                                           {QStringLiteral("text")},
                                           {QStringLiteral("attachment"), JsonFieldType::Object, true, true},
                                           {QStringLiteral("count"), JsonFieldType::Integer, false}},
                                          64 * 1024);
    const ParsedBody body = parser.parse(parts.at(1));
    if (body.problem)
        return 0;
    for (auto it = body.object.constBegin(); it != body.object.constEnd(); ++it) {
        const QString &name = it.key();
        FuzzInput::require(name == QLatin1String("topic") || name == QLatin1String("text")
                           || name == QLatin1String("attachment") || name == QLatin1String("count"));
    }
    FuzzInput::require(body.object.value(QLatin1String("topic")).isString());
    FuzzInput::require(body.object.value(QLatin1String("attachment")).isObject()
                       || body.object.value(QLatin1String("attachment")).isNull());
    return 0;
}
