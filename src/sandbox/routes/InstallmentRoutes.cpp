#include "routes/InstallmentRoutes.h"

#include "MoneyText.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
}

InstallmentRoutes::InstallmentRoutes(SandboxServices &services)
    : m_services(services)
{
}

void InstallmentRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/installments"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return installments(e); });
}

ApiReply InstallmentRoutes::installments(const ApiExchange &exchange) const
{
    const QDate today =
        m_services.clock->now().toTimeZone(SandboxClock::billingZone()).date();
    QSqlQuery query = m_services.database->run(
        u"SELECT id, device FROM installments WHERE organisation_id = ? ORDER BY id"_s,
        {exchange.organisationId()});
    QJsonArray items;
    while (query.next())
        items.append(plan(query.value(0).toString(), query.value(1).toString(), today));
    return ApiReply::json(200, QJsonObject{{u"items"_s, items}});
}

QJsonObject InstallmentRoutes::plan(const QString &id, const QString &device,
                                    const QDate &today) const
{
    QSqlQuery query = m_services.database->run(
        u"SELECT date, amount_kopecks, paid FROM installment_schedule WHERE installment_id = ?"
        " ORDER BY date"_s,
        {id});
    QJsonArray schedule;
    qint64 total = 0;
    qint64 paid = 0;
    std::optional<QJsonObject> next;
    while (query.next()) {
        const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const qint64 amount = query.value(1).toLongLong();
        const bool isPaid = query.value(2).toInt() != 0;
        total += amount;
        paid += isPaid ? amount : 0;
        const QString status = isPaid ? u"paid"_s : date < today ? u"overdue"_s : u"due"_s;
        if (!isPaid && !next)
            next = QJsonObject{{u"date"_s, query.value(0).toString()},
                               {u"amount"_s, MoneyText::decimal(amount)}};
        schedule.append(QJsonObject{{u"date"_s, query.value(0).toString()},
                                    {u"amount"_s, MoneyText::decimal(amount)},
                                    {u"status"_s, status}});
    }
    return QJsonObject{
        {u"id"_s, id},
        {u"device"_s, device},
        {u"total"_s, MoneyText::decimal(total)},
        {u"paid"_s, MoneyText::decimal(paid)},
        {u"remaining"_s, MoneyText::decimal(total - paid)},
        {u"currency"_s, u"RUB"_s},
        {u"next_payment"_s, next ? QJsonValue(*next) : QJsonValue()},
        {u"schedule"_s, schedule},
    };
}

} // namespace Sandbox
