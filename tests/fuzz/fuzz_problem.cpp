// ResponseParsers::problem() on any non-2xx answer: "status\ncontent type\nRetry-After\nbody".
#include "FuzzInput.h"
#include "api/parsers/ResponseParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzInput::lines(FuzzInput::bytes(data, size), 3);
    const int status = parts.at(0).trimmed().toInt();
    static const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    const ApiError error = ResponseParsers::problem(status, parts.at(1), parts.at(3), parts.at(2), now);
    FuzzInput::require(error.kind == ApiError::Kind::Problem && !error.code.isEmpty());
    FuzzInput::require(error.retryAfterSeconds >= -1);
    FuzzInput::require(!error.userMessage().isEmpty());
    return 0;
}
