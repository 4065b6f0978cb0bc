#pragma once

#include "billing/BillingMonth.h"
#include "storage/DemoOrganisations.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace Sandbox {

class SandboxDatabase;

// Fills an empty database with the demo organisations (DemoOrganisations: two, or as many as asked), deterministically
// from a fixed seed and the clock's current month.
class DemoDataSeeder
{
public:
    DemoDataSeeder(SandboxDatabase &database, const QDateTime &now, int organisations = 2);

    bool seed();

private:
    bool seedOrganisation(const DemoOrganisation &organisation);
    void seedSubscribers(const DemoOrganisation &organisation);
    void seedInvoices(const DemoOrganisation &organisation);
    void seedDelivery(const DemoOrganisation &organisation);
    void seedPayments(const DemoOrganisation &organisation);
    void seedInstallment(const QString &organisationId);
    void seedFeedback(const QString &organisationId);
    void addDelivery(const QString &organisationId, const QString &method, const QString &address,
                     const QDate &day, const QTime &time);

    SandboxDatabase &m_database;
    QDateTime m_now;
    BillingMonth m_currentMonth;
    QRandomGenerator m_random;
    int m_organisations;
};

} // namespace Sandbox
