// BillingPeriod::fromString on anything typed: what it accepts is valid and reads back the same.
#include "BillingPeriod.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(data, size);
    const std::optional<BillingPeriod> period = BillingPeriod::fromString(text);
    if (period) {
        FuzzInput::require(period->isValid());
        FuzzInput::require(period->toString() == text);
        FuzzInput::require(period->addMonths(1).addMonths(-1).toString() == text);
    }
    return 0;
}
