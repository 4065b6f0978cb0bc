// PhoneNumber::normalised on anything typed: an accepted number is +7 and ten digits, normalising is
// idempotent and the display form reads back as the same number.
#include "FuzzInput.h"
#include "validation/PhoneNumber.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QString> number = PhoneNumber::normalised(FuzzInput::text(data, size));
    if (!number)
        return 0;
    FuzzInput::require(number->size() == 12 && number->startsWith(QStringLiteral("+7")));
    FuzzInput::require(PhoneNumber::normalised(*number) == number);
    FuzzInput::require(PhoneNumber::normalised(PhoneNumber::displayText(*number)) == number);
    return 0;
}
