#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

// One payment the operator received.
struct Payment
{
    QString id;
    QDate date;
    Money amount;
    QString method;   // how it was paid, e.g. "bank_transfer"; free text in the contract
    QString document; // the payment document's number
};
