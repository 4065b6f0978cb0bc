#pragma once

#include "BillingPeriod.h"
#include "domain/Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One document the app obtained from the operator, as the archive describes it; the content is a file.
struct ArchivedDocument
{
    enum class Kind { Invoice, CallDetails, Charges };
    // How the document came: downloaded from the operator, or taken from an e-mail the operator sent.
    enum class Origin { Download, Mail };

    qint64 id = 0;
    QString accountId;
    QString organisation;
    QString contract;
    BillingPeriod period;
    QString number;
    Money amount;
    Kind kind = Kind::Invoice;
    QDateTime obtainedAt;
    qint64 size = 0;
    QByteArray sha256; // lower-case hex
    QString fileName;  // inside the archive's documents folder
    QString subscriberNumber; // for the kinds that are per SIP subscriber; empty for invoices
    Origin origin = Origin::Download;
    // An e-mailed document may say nothing of its sum; then the amount is unknown, not zero.
    bool amountKnown = true;

    // The kind as the database and file names spell it: invoice, call_details, charges.
    static QString keyOf(Kind kind)
    {
        switch (kind) {
        case Kind::Invoice:
            return QStringLiteral("invoice");
        case Kind::CallDetails:
            return QStringLiteral("call_details");
        case Kind::Charges:
            return QStringLiteral("charges");
        }
        return QStringLiteral("invoice");
    }
    static QString keyOf(Origin origin) { return origin == Origin::Mail ? QStringLiteral("mail") : QStringLiteral("download"); }
    static Origin originFromKey(const QString &key)
    {
        return key == QLatin1String("mail") ? Origin::Mail : Origin::Download;
    }
    static Kind kindFromKey(const QString &key)
    {
        if (key == QLatin1String("call_details"))
            return Kind::CallDetails;
        if (key == QLatin1String("charges"))
            return Kind::Charges;
        return Kind::Invoice;
    }
};
