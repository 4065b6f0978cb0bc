#pragma once

#include <QString>

// The customer organisation's personal information as the operator keeps it.
struct Organisation
{
    QString id;
    QString name;
    QString contractNumber;
    QString taxpayerNumber; // INN
    QString address;        // legal address
    QString contactEmail;
    QString contactPhone;
    QString invoiceEmail;   // where repeats of regular invoices go
};
