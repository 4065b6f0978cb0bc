// Money::fromDecimalString on anything: what it accepts round-trips through toDecimalString.
#include "FuzzInput.h"
#include "domain/Money.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString rub = QStringLiteral("RUB");
    const std::optional<Money> money = Money::fromDecimalString(FuzzInput::text(data, size), rub);
    if (money) {
        const std::optional<Money> again = Money::fromDecimalString(money->toDecimalString(), rub);
        FuzzInput::require(again && *again == *money);
        FuzzInput::require(!money->toDisplayString().isEmpty());
    }
    return 0;
}
