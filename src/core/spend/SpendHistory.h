#pragma once

#include "BillingPeriod.h"
#include "SpendTable.h"
#include "domain/CurrentCharges.h"
#include "domain/Invoice.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class DocumentArchive;

// The numbers of the operator's invoices, kept in the archive's database beside the PDFs: each regular
// invoice's total and lines per SIP subscriber, and the last current-period charges seen per subscriber.
// What the «Расходы» page, its anomalies and the reconciliation read, with or without a network.
// The archive's thread only.
class SpendHistory
{
public:
    struct Account
    {
        QString id;
        QString organisation;
    };
    struct SeenCharges
    {
        CurrentCharges charges;
        QDateTime seenAt;
    };

    explicit SpendHistory(DocumentArchive *archive);

    // Replaces what was kept for the invoice's period, in one transaction.
    bool keepInvoice(const QString &accountId, const QString &organisation, const Invoice &invoice,
                     QString *error);
    // The charges as seen now replace those seen earlier in the same period.
    bool keepCharges(const QString &accountId, const CurrentCharges &charges, const QDateTime &seenAt,
                     QString *error);

    QList<BillingPeriod> keptPeriods(const QString &accountId) const;
    QList<Account> accounts() const;
    // The newest month with a kept invoice of any of the accounts (all when empty).
    std::optional<BillingPeriod> newestPeriod(const QStringList &accountIds) const;
    // The `months` months up to `last`, one row per subscriber of the accounts (all when empty).
    SpendTable table(const QStringList &accountIds, const BillingPeriod &last, int months) const;
    // The same months with one row per organisation (an invoice's total), read from the totals alone: what
    // «все организации» shows without reading every line of every invoice.
    SpendTable organisationTable(const QStringList &accountIds, const BillingPeriod &last, int months) const;
    std::optional<Invoice> invoice(const QString &accountId, const BillingPeriod &period) const;
    std::optional<SeenCharges> chargesSeen(const QString &accountId, const BillingPeriod &period) const;

private:
    QString m_connectionName;
};
