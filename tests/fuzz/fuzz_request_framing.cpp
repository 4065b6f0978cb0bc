// The sandbox's connection guard (RequestFraming) on any byte stream a client might send, fed whole and
// in two parts split where the first input byte says: the verdict never depends on how the bytes
// arrive, and no verdict comes back from Acceptable once given.
#include "FuzzInput.h"
#include "RequestFraming.h"

using Sandbox::RequestFraming;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray stream = FuzzInput::bytes(data + 1, size - 1);
    const qsizetype split = stream.isEmpty() ? 0 : qsizetype(data[0]) % (stream.size() + 1);

    RequestFraming whole(4096, 1024);
    const RequestFraming::Verdict verdict = whole.feed(stream);
    RequestFraming parts(4096, 1024);
    parts.feed(QByteArrayView(stream).first(split));
    parts.feed(QByteArrayView(stream).sliced(split));
    FuzzInput::require(parts.verdict() == verdict);
    FuzzInput::require(parts.requestsSeen() == whole.requestsSeen());
    if (verdict != RequestFraming::Verdict::Acceptable)
        FuzzInput::require(whole.feed("GET / HTTP/1.1\r\n\r\n") == verdict);
    return 0;
}
