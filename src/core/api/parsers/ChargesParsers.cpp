#include "ResponseParsers.h"
#include "WireValues.h"

using namespace Qt::StringLiterals;

namespace {

SubscriberCharge readCharge(JsonReader &reader, const QString &currency)
{
    SubscriberCharge charge;
    charge.subscriberId = reader.nonEmptyString(u"subscriber_id"_s);
    charge.number = reader.string(u"number"_s);
    charge.label = reader.string(u"label"_s);
    charge.amount = reader.money(u"amount"_s, currency);
    return charge;
}

Money readBalance(JsonReader reader)
{
    const QString currency = WireValues::currency(reader, u"currency"_s);
    return reader.money(u"amount"_s, currency);
}

Payment readPayment(JsonReader &reader)
{
    Payment payment;
    payment.id = reader.nonEmptyString(u"id"_s);
    payment.date = reader.date(u"date"_s);
    const QString currency = WireValues::currency(reader, u"currency"_s);
    payment.amount = reader.money(u"amount"_s, currency);
    payment.method = reader.string(u"method"_s);
    payment.document = reader.string(u"document"_s);
    return payment;
}

ScheduledPayment readScheduledPayment(JsonReader reader, const QString &currency)
{
    ScheduledPayment payment;
    payment.date = reader.date(u"date"_s);
    payment.amount = reader.money(u"amount"_s, currency);
    return payment;
}

InstallmentScheduleEntry readScheduleEntry(JsonReader &reader, const QString &currency)
{
    using Status = InstallmentScheduleEntry::Status;
    InstallmentScheduleEntry entry;
    entry.date = reader.date(u"date"_s);
    entry.amount = reader.money(u"amount"_s, currency);
    entry.status = WireValues::enumValue<Status>(
        reader, u"status"_s, {{u"paid"_s, Status::Paid}, {u"due"_s, Status::Due}, {u"overdue"_s, Status::Overdue}});
    return entry;
}

Installment readInstallment(JsonReader &reader)
{
    Installment plan;
    plan.id = reader.nonEmptyString(u"id"_s);
    plan.device = reader.string(u"device"_s);
    const QString currency = WireValues::currency(reader, u"currency"_s);
    plan.total = reader.money(u"total"_s, currency);
    plan.paid = reader.money(u"paid"_s, currency);
    plan.remaining = reader.money(u"remaining"_s, currency);
    // next_payment is required but null once the plan is paid off.
    reader.requireMember(u"next_payment"_s);
    if (const std::optional<JsonReader> next = reader.nullableObject(u"next_payment"_s))
        plan.nextPayment = readScheduledPayment(*next, currency);
    plan.schedule = WireValues::list<InstallmentScheduleEntry>(
        reader, u"schedule"_s, [&currency](JsonReader &entry) { return readScheduleEntry(entry, currency); });
    return plan;
}

} // namespace

ApiResult<CurrentCharges> ResponseParsers::currentCharges(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    CurrentCharges charges;
    charges.period = reader.period(u"period"_s);
    const QString currency = WireValues::currency(reader, u"currency"_s);
    charges.total = reader.money(u"total"_s, currency);
    charges.items = WireValues::list<SubscriberCharge>(
        reader, u"items"_s, [&currency](JsonReader &item) { return readCharge(item, currency); });
    return WireValues::finish(reader, std::move(charges));
}

ApiResult<PaymentHistory> ResponseParsers::payments(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    PaymentHistory history;
    history.balance = readBalance(reader.object(u"balance"_s));
    history.payments = WireValues::list<Payment>(reader, u"items"_s, readPayment);
    return WireValues::finish(reader, std::move(history));
}

ApiResult<QList<Installment>> ResponseParsers::installments(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    QList<Installment> items = WireValues::list<Installment>(reader, u"items"_s, readInstallment);
    return WireValues::finish(reader, std::move(items));
}
