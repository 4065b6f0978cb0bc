#pragma once

#include "ParsedMail.h"

// What an attachment really is, from its bytes: a declared «application/pdf» proves nothing.
namespace DocumentSniffer {

ParsedMail::DocumentType typeOf(const QByteArray &bytes);

} // namespace DocumentSniffer
