#pragma once

#include "ImapSource.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The untagged lines an IMAP server answers to STATUS, UID SEARCH and UID FETCH, read strictly: they come
// from outside, so a line of the kind asked for that does not parse refuses the whole answer, and no number
// is taken beyond its range. Lines of other kinds (EXISTS, RECENT, OK notes) are passed over.
namespace ImapAnswer {

constexpr qint64 MaxUid = 4294967295; // UIDs and UIDVALIDITY are 32-bit non-zero numbers (RFC 3501)

// Exactly one STATUS line with UIDVALIDITY, UIDNEXT, MESSAGES and UNSEEN.
std::optional<ImapSource::FolderStatus> status(const QByteArray &answer);
// The SEARCH line's UIDs above lastUid, ascending and once each.
std::optional<QList<qint64>> uidsAbove(const QByteArray &answer, qint64 lastUid);
// FETCH lines with UID, FLAGS and RFC822.SIZE for UIDs firstUid to lastUid, ascending; lines without them
// (flag changes the server volunteers) are passed over.
std::optional<QList<ImapSource::Message>> messages(const QByteArray &answer, qint64 firstUid, qint64 lastUid);

} // namespace ImapAnswer
