#pragma once

#include "DeliveryTarget.h"
#include "InvoicingWindow.h"
#include "Organisation.h"

#include <QDateTime>
#include <QTimeZone>

// The account as GET /account describes it: who the customer is and the operator's calendar right now.
struct AccountInfo
{
    Organisation organisation;
    QTimeZone billingTimeZone;
    QDateTime serverTime;
    InvoicingWindow invoicing;
    DeliveryTarget delivery;
};
