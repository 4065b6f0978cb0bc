#include "billing/SubscriberCharges.h"

#include "billing/BillingMonth.h"
#include "DemoCallGenerator.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Sandbox {

SubscriberCharges::SubscriberCharges(const SandboxDatabase &database)
    : m_database(database)
{
}

QList<SubscriberCharge> SubscriberCharges::subscribers(const QString &organisationId,
                                                       const QStringList &ids) const
{
    QSqlQuery query = m_database.run(
        u"SELECT id, number, label, monthly_fee_kopecks FROM subscribers"
        " WHERE organisation_id = ? ORDER BY number"_s,
        {organisationId});
    QList<SubscriberCharge> result;
    while (query.next()) {
        if (!ids.isEmpty() && !ids.contains(query.value(0).toString()))
            continue;
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong()});
    }
    return result;
}

QList<SubscriberCharge> SubscriberCharges::current(const QString &organisationId,
                                                   const QDateTime &now,
                                                   const QStringList &ids) const
{
    QList<SubscriberCharge> charges = subscribers(organisationId, ids);
    const QString period = BillingMonth::containing(now).toString();
    QHash<QString, qint64> callCosts;
    for (const CallRecord &call : calls(charges, period, now))
        callCosts[call.subscriberNumber] += call.costKopecks;
    for (SubscriberCharge &charge : charges)
        charge.amountKopecks += callCosts.value(charge.number);
    return charges;
}

QList<SubscriberCharge> SubscriberCharges::wholeMonth(const QString &organisationId, const BillingMonth &period) const
{
    const QDateTime lastMoment =
        QDateTime(period.addMonths(1).firstDay(), QTime(0, 0), SandboxClock::billingZone()).addMSecs(-1);
    return current(organisationId, lastMoment);
}

QList<CallRecord> SubscriberCharges::calls(const QList<SubscriberCharge> &subscribers,
                                           const QString &period, const QDateTime &until) const
{
    QStringList numbers;
    for (const SubscriberCharge &subscriber : subscribers)
        numbers.append(subscriber.number);
    QList<CallRecord> records = DemoCallGenerator::generate(numbers, period, callSeed);
    records.removeIf([&](const CallRecord &call) { return call.startedAt > until; });
    return records;
}

} // namespace Sandbox
