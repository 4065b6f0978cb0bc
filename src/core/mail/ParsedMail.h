#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A message as mail intake reads it: who sent it to whom, about what, and the documents it carries.
// Every field comes from outside and is untrusted; the attachments' names are already made safe.
struct ParsedMail
{
    enum class Outcome {
        Read,
        Malformed,    // not a message at all
        TooLarge,     // over MailLimits::MaxMessageBytes, or an attachment over its limit
        TooManyParts, // over MailLimits::MaxParts
        TooDeep,      // nested beyond MailLimits::MaxNesting
    };
    enum class DocumentType { Pdf, Csv, Other };

    struct Attachment
    {
        QString fileName; // decoded (RFC 2047/2231, cp1251, koi8-r) and safe: no folders, no control characters
        QString declaredType; // what the message says; never trusted
        DocumentType sniffedType = DocumentType::Other; // what the bytes are
        QByteArray bytes;
    };

    Outcome outcome = Outcome::Malformed;
    QString messageId;
    QString fromAddress; // the mailbox only, lower case
    QString fromName;    // the display name: anyone can write anything there
    QStringList toAddresses;
    QString subject;
    QDateTime date;
    QString operatorOrderId; // the X-Operator-Order-Id header, when the operator sent one
    QString text;            // the plain-text body, for the period and the contract number
    QList<Attachment> attachments;
};
