#pragma once

#include "MailAttachment.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sandbox {

// An e-mail the sandbox operator "sends"; addresses are "user@host" or "Display Name <user@host>".
struct OutgoingMail
{
    QString from;
    QString to;
    QString subject;
    QString bodyText;
    QList<MailAttachment> attachments;
    // The sandbox runs on an injectable clock, so the Date header can follow it; invalid means now.
    QDateTime sentAt;
    // The order this message answers (the contract's X-Operator-Order-Id): how mail intake matches it.
    QString orderId;
};

} // namespace Sandbox
