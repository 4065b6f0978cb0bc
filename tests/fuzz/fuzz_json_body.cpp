// ResponseParsers::jsonBody() on a success answer: "content type\nbody".
#include "FuzzInput.h"
#include "api/parsers/ResponseParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzInput::lines(FuzzInput::bytes(data, size), 1);
    const ApiResult<QJsonDocument> result = ResponseParsers::jsonBody(parts.at(0), parts.at(1));
    if (result.isOk())
        FuzzInput::require(!result.value().isNull());
    else
        FuzzInput::require(result.error().kind == ApiError::Kind::Protocol);
    return 0;
}
