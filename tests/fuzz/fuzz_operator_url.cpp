// OperatorUrlPolicy on any address the user can type into the login form.
#include "FuzzInput.h"
#include "OperatorUrlPolicy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(data, size);
    for (const QUrl &url : {QUrl(text), QUrl(text, QUrl::StrictMode), QUrl::fromUserInput(text)}) {
        const QString problem = OperatorUrlPolicy::problemWith(url);
        if (problem.isEmpty())
            FuzzInput::require(url.isValid());
        OperatorUrlPolicy::isLoopback(url);
    }
    return 0;
}
