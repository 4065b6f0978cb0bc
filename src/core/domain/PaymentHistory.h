#pragma once

#include "Payment.h"
#include "Money.h"

#include <QList>

// The account's balance and its payments, newest first.
struct PaymentHistory
{
    Money balance;
    QList<Payment> payments;
};
