#pragma once

#include "InvoiceContent.h"
#include "OutgoingMail.h"

#include <QDateTime>
#include <QString>

namespace Sandbox {

// Writes the operator's e-mails (Russian subject and text) for each kind of order.
class EmailComposer
{
public:
    static OutgoingMail invoiceRepeat(const QString &to, const QString &invoiceNumber,
                                      const QString &period, const QByteArray &pdf,
                                      const QDateTime &sentAt);
    // The month's regular invoice, sent when it is formed: its sum is written in the text.
    static OutgoingMail regularInvoice(const QString &to, const InvoiceContent &invoice, const QByteArray &pdf,
                                       const QDateTime &sentAt);
    static OutgoingMail callDetails(const QString &to, const QString &period,
                                    const QString &format, const QByteArray &document,
                                    const QDateTime &sentAt);
    static OutgoingMail charges(const QString &to, const QString &period, const QByteArray &pdf,
                                const QDateTime &sentAt);

private:
    static OutgoingMail base(const QString &to, const QString &subject, const QString &text,
                             const QDateTime &sentAt);
};

} // namespace Sandbox
