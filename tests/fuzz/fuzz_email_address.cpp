// EmailAddress::check on anything typed: never crashes, and every answer has words for the user.
#include "FuzzInput.h"
#include "validation/EmailAddress.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(data, size);
    const EmailAddress::Problem problem = EmailAddress::check(text);
    FuzzInput::require((problem == EmailAddress::Problem::None) == EmailAddress::describe(problem).isEmpty());
    if (problem == EmailAddress::Problem::None)
        FuzzInput::require(text.trimmed().size() <= EmailAddress::MaxLength && text.contains(u'@'));
    return 0;
}
