#pragma once

#include <QList>
#include <QString>

namespace Sandbox {

// One organisation of the demo data: its login and everything the operator keeps about it.
struct DemoOrganisation
{
    QString id;
    QString login;
    QString password;
    QString name;
    QString prefix; // of its invoice numbers
    QString contract;
    QString taxpayerNumber;
    QString address;
    QString contactEmail;
    QString invoiceEmail;
    QString contactPhone;
    int subscriberCount = 0;
    int numberBase = 0; // its subscribers are +7495<numberBase + 1>...
    bool showcase = false; // the one with a story: delivery changes, an instalment, feedback, anomalies
    int firstPaymentDocument = 0; // the payment orders' numbers start after it
};

// The demo organisations, the same on every run: «Ромашка» and «Сидоров» (logins demo and demo2) as always,
// then as many more as asked (demo3, demo4, ...), an accounting firm's clients for trying many accounts at once.
namespace DemoOrganisations {

QList<DemoOrganisation> first(int count);
// A Russian taxpayer number (ИНН) with its check digits: 10 digits for a company, 12 for a sole trader.
QString taxpayerNumber(quint64 body, bool soleTrader);

} // namespace DemoOrganisations

} // namespace Sandbox
