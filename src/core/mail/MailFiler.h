#pragma once

#include "MailIntakeLog.h"
#include "OperatorMailRecognizer.h"
#include "ParsedMail.h"
#include "archive/PlacedOrder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class DocumentArchive;
class OrderJournal;

// Files one read message: recognises it for the account, stores each document it carries in the archive
// unless a document with the same SHA-256 is there already (whatever way that one came), and marks the
// order it answers as filed. The archive's thread only.
class MailFiler
{
    Q_DECLARE_TR_FUNCTIONS(MailFiler)

public:
    struct Owner
    {
        QString accountId;
        QString organisation;
        QString contract;
    };

    struct Result
    {
        MailIntakeLog::Outcome outcome = MailIntakeLog::Outcome::NotOperator;
        QString reason; // for the user: why not recognised, unreadable, or not filed
        QList<ArchivedDocument> filed; // the documents new to the archive
        // The archive could not take the document (a full disk): the message stays unseen, to be tried again.
        bool tryAgain = false;
    };

    MailFiler(DocumentArchive *archive, OrderJournal *orders, Owner owner, OperatorMailRecognizer recognizer);

    Result file(const ParsedMail &mail, const QDateTime &receivedAt);
    QString accountId() const { return m_owner.accountId; }

private:
    ArchivedDocument describe(const OperatorMailRecognizer::Result &recognised, const ParsedMail::Attachment &file,
                              const std::optional<PlacedOrder> &order, const QDateTime &receivedAt) const;
    std::optional<Money> invoiceAmount(const OperatorMailRecognizer::Result &recognised,
                                       const std::optional<PlacedOrder> &order, const ArchivedDocument &document) const;
    std::optional<PlacedOrder> orderFor(const OperatorMailRecognizer::Result &recognised) const;

    DocumentArchive *m_archive;
    OrderJournal *m_orders;
    Owner m_owner;
    OperatorMailRecognizer m_recognizer;
};
