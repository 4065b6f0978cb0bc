#pragma once

#include "BillingPeriod.h"

#include <QDateTime>

class AccountSession;
class DocumentArchive;
class OrderJournal;
class PendingDocumentJobs;

// One line of «Организации» for an account: what an accountant checks before closing the month. Read from
// the account's session (the operator's clock and calendar) and from the archive, the e-mail orders and the
// generations still pending, never from the network.
struct AccountOverview
{
    enum class LastInvoice {
        Unknown,  // the account is not signed in: its calendar is not known
        InArchive,
        ArrivedByMail,
        Generating, // a generation at the operator is still being followed
        Ordered,    // ordered to e-mail, the letter not filed yet
        Missing,
    };

    BillingPeriod lastMonth;         // the month just closed by the operator's clock
    LastInvoice lastInvoice = LastInvoice::Unknown;
    bool orderingOpen = true;
    QDateTime reopensAt;             // when ordering opens again, while it is closed
    int newDocuments = 0;            // obtained since the accountant last opened this account

    static AccountOverview of(const AccountSession &session, const DocumentArchive &archive, const OrderJournal &orders,
                              const PendingDocumentJobs &pending, const QDateTime &lastSeen);
};
