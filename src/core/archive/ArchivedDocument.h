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
};
