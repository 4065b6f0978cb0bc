#pragma once

#include <QCoreApplication>
#include <QString>

// The operator's rule on where an e-mail order goes: the regular invoice and its repeats to the invoice
// delivery address; call details and current charges to the organisation's contact e-mail, whatever the
// invoice address is. Pages that send to the contact e-mail say so with contactEmailNote().
class OrderRecipient
{
    Q_DECLARE_TR_FUNCTIONS(OrderRecipient)

public:
    // Why a changed invoice address does not change where this goes.
    static QString contactEmailNote();
};
