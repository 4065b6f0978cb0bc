#include "routes/PaymentRoutes.h"

#include "MoneyText.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;

// An optional YYYY-MM-DD query parameter: fallback when absent, nullopt when malformed.
std::optional<QDate> dateParameter(const ApiExchange &exchange, const QString &name,
                                   const QDate &fallback)
{
    if (!exchange.query().hasQueryItem(name))
        return fallback;
    const QDate date = QDate::fromString(exchange.query().queryItemValue(name), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}
}

PaymentRoutes::PaymentRoutes(SandboxServices &services)
    : m_services(services)
{
}

void PaymentRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/payments"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return payments(e); });
}

ApiReply PaymentRoutes::payments(const ApiExchange &exchange) const
{
    const std::optional<QDate> from = dateParameter(exchange, u"from"_s, QDate(2000, 1, 1));
    const std::optional<QDate> to = dateParameter(exchange, u"to"_s, QDate(9999, 12, 31));
    if (!from || !to || *from > *to) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::ValidationFailed, u"from and to are YYYY-MM-DD dates."_s)
                .withFieldError(!from ? u"from"_s : u"to"_s, u"not a valid date range"_s));
    }
    QSqlQuery query = m_services.database->run(
        u"SELECT id, date, amount_kopecks, method, document FROM payments"
        " WHERE organisation_id = ? AND date >= ? AND date <= ? ORDER BY date DESC"_s,
        {exchange.organisationId(), from->toString(Qt::ISODate), to->toString(Qt::ISODate)});
    QJsonArray items;
    while (query.next()) {
        items.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                 {u"date"_s, query.value(1).toString()},
                                 {u"amount"_s, MoneyText::decimal(query.value(2).toLongLong())},
                                 {u"currency"_s, u"RUB"_s},
                                 {u"method"_s, query.value(3).toString()},
                                 {u"document"_s, query.value(4).toString()}});
    }
    const QJsonObject balance{
        {u"amount"_s, MoneyText::decimal(balanceKopecks(exchange.organisationId()))},
        {u"currency"_s, u"RUB"_s}};
    return ApiReply::json(200, QJsonObject{{u"balance"_s, balance}, {u"items"_s, items}});
}

// Paid minus invoiced so far: negative means the organisation owes the operator.
qint64 PaymentRoutes::balanceKopecks(const QString &organisationId) const
{
    const QString now = SandboxClock::toRfc3339(m_services.clock->now());
    QSqlQuery paid = m_services.database->run(
        u"SELECT COALESCE(SUM(amount_kopecks), 0) FROM payments WHERE organisation_id = ?"_s,
        {organisationId});
    QSqlQuery invoiced = m_services.database->run(
        u"SELECT COALESCE(SUM(l.amount_kopecks), 0) FROM invoice_lines l JOIN invoices i"
        " ON i.organisation_id = l.organisation_id AND i.period = l.period"
        " WHERE l.organisation_id = ? AND i.formed_at <= ?"_s,
        {organisationId, now});
    paid.next();
    invoiced.next();
    return paid.value(0).toLongLong() - invoiced.value(0).toLongLong();
}

} // namespace Sandbox
