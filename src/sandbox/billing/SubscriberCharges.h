#pragma once

#include "CallRecord.h"
#include "billing/BillingMonth.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

class SandboxDatabase;

struct SubscriberCharge
{
    QString subscriberId;
    QString number;
    QString label;
    qint64 amountKopecks = 0;
};

// What each subscriber has been charged so far in the current period (monthly fee plus the calls
// made until now), and the calls themselves, from the deterministic demo call generator.
class SubscriberCharges
{
public:
    explicit SubscriberCharges(const SandboxDatabase &database);

    // Subscribers of the organisation; all if ids is empty. Unknown ids are left out.
    QList<SubscriberCharge> subscribers(const QString &organisationId,
                                        const QStringList &ids = {}) const;
    QList<SubscriberCharge> current(const QString &organisationId, const QDateTime &now,
                                    const QStringList &ids = {}) const;
    // A whole month's charges, the fee and every call: what that month's regular invoice bills.
    QList<SubscriberCharge> wholeMonth(const QString &organisationId, const BillingMonth &period) const;
    QList<CallRecord> calls(const QList<SubscriberCharge> &subscribers, const QString &period,
                            const QDateTime &until) const;

    static constexpr quint32 callSeed = 73;

private:
    const SandboxDatabase &m_database;
};

} // namespace Sandbox
