#pragma once

#include "OutgoingMail.h"

#include <QString>

namespace Sandbox {

// Delivers the sandbox's e-mail into a Maildir: written in tmp/, then moved into new/ in one rename.
class MaildirOutbox
{
public:
    explicit MaildirOutbox(const QString &directory);

    // Creates cur/, new/ and tmp/ as needed; false with *errorMessage set when the message cannot be stored.
    bool deliver(const OutgoingMail &mail, QString *errorMessage = nullptr);
    QString directory() const;

private:
    QString m_directory;
};

} // namespace Sandbox
