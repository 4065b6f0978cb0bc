#pragma once

#include <QtGlobal>

// What a message from outside may be before it is refused unread: an operator's e-mail is a short text
// and a few documents, never a bomb of nested parts.
namespace MailLimits {

constexpr qsizetype MaxMessageBytes = 30 * 1024 * 1024;
constexpr qsizetype MaxAttachmentBytes = 20 * 1024 * 1024;
constexpr int MaxParts = 64;
constexpr int MaxNesting = 3; // multiparts and attached messages inside one another
constexpr qsizetype MaxTextBytes = 256 * 1024;

} // namespace MailLimits
