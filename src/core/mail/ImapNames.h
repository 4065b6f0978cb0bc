#pragma once

#include <QByteArray>
#include <QString>

// How the mailbox settings are written where libcurl and the IMAP server read them: the host in a URL, the
// folder in a URL path and as a command's argument. Settings are typed by a user: nothing in them may turn
// into URL syntax or a second command.
namespace ImapNames {

// 127.0.0.0/8, ::1 and "localhost" (which libcurl resolves to loopback itself, without asking DNS).
bool isLoopback(const QString &host);
// The host as a URL carries it (IDN in ACE, IPv6 in brackets), or empty when it is neither a host name nor an
// IP address.
QByteArray urlHost(const QString &host);
// IMAP's modified UTF-7 (RFC 3501 §5.1.3): how a folder named in Cyrillic travels.
QByteArray modifiedUtf7(const QString &folder);
// The encoded folder percent-encoded whole, dots included, so that no part of it reads as URL syntax.
QByteArray urlPath(const QByteArray &folder);
// The encoded folder as an IMAP quoted string.
QByteArray quoted(const QByteArray &folder);

} // namespace ImapNames
