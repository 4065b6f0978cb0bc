#pragma once

#include "DeliveryMethod.h"
#include "NextRegularInvoice.h"

#include <QString>

// How and where regular invoices are delivered now, and where the next one will go.
struct DeliverySettings
{
    DeliveryMethod method = DeliveryMethod::Email;
    QString address;
    NextRegularInvoice nextRegularInvoice;
};
