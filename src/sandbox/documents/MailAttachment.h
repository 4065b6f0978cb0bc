#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

// A file attached to an outgoing e-mail.
struct MailAttachment
{
    QString fileName;
    QString contentType; // e.g. "application/pdf"
    QByteArray data;
};

} // namespace Sandbox
