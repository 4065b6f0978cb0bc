// Any answer an IMAP server might send to STATUS, UID SEARCH and UID FETCH, read as ImapSource reads it:
// the numbers taken are in their range, the UIDs ascending, once each and above the last one looked at.
#include "FuzzInput.h"
#include "mail/ImapAnswer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray answer = FuzzInput::bytes(data, size);
    const qint64 lastUid = size > 0 ? data[0] : 0;
    if (const auto status = ImapAnswer::status(answer)) {
        FuzzInput::require(status->uidValidity > 0 && status->uidValidity <= ImapAnswer::MaxUid);
        FuzzInput::require(status->uidNext > 0 && status->uidNext <= ImapAnswer::MaxUid + 1);
        FuzzInput::require(status->messages >= 0 && status->unseen >= 0);
    }
    if (const auto uids = ImapAnswer::uidsAbove(answer, lastUid)) {
        qint64 previous = lastUid;
        for (const qint64 uid : *uids) {
            FuzzInput::require(uid > previous && uid <= ImapAnswer::MaxUid);
            previous = uid;
        }
    }
    const qint64 firstUid = lastUid + 1;
    if (const auto messages = ImapAnswer::messages(answer, firstUid, firstUid + 1000)) {
        qint64 previous = 0;
        for (const ImapSource::Message &message : *messages) {
            FuzzInput::require(message.uid >= firstUid && message.uid <= firstUid + 1000 && message.uid > previous);
            FuzzInput::require(message.size >= 0);
            previous = message.uid;
        }
    }
    return 0;
}
