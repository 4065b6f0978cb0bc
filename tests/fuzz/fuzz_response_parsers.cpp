// Every parser of a success answer in ResponseParsers, on arbitrary bodies: the first byte of the input
// picks the parser (byte modulo the number of parsers, in the order of `parsers` below, which is the
// order of ResponseParsers.h), the rest is the body as the operator would have sent it.
#include "FuzzInput.h"
#include "api/parsers/ResponseParsers.h"

#include <array>

namespace {

template<typename T>
void inspect(const ApiResult<T> &result)
{
    if (!result.isOk())
        FuzzInput::require(!result.error().userMessage().isEmpty());
}

template<auto parser>
void parse(const QJsonDocument &document)
{
    inspect(parser(document));
}

using Parse = void (*)(const QJsonDocument &);
const std::array<Parse, 18> parsers{
    &parse<&ResponseParsers::sessionTokens>,  &parse<&ResponseParsers::account>,
    &parse<&ResponseParsers::clock>,          &parse<&ResponseParsers::subscribers>,
    &parse<&ResponseParsers::invoices>,       &parse<&ResponseParsers::invoice>,
    &parse<&ResponseParsers::orderReceipt>,   &parse<&ResponseParsers::documentJob>,
    &parse<&ResponseParsers::downloadLink>,   &parse<&ResponseParsers::delivery>,
    &parse<&ResponseParsers::deliveryHistory>, &parse<&ResponseParsers::currentCharges>,
    &parse<&ResponseParsers::payments>,       &parse<&ResponseParsers::installments>,
    &parse<&ResponseParsers::feedbackMessages>, &parse<&ResponseParsers::feedbackMessage>,
    &parse<&ResponseParsers::contacts>,       &parse<&ResponseParsers::callbackReceipt>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = FuzzInput::bytes(data + 1, size - 1);
    parsers[data[0] % parsers.size()](QJsonDocument::fromJson(body));
    return 0;
}
