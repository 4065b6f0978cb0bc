#include "ResponseParsers.h"
#include "WireValues.h"
#include "validation/EmailAddress.h"

using namespace Qt::StringLiterals;

namespace {

Organisation readOrganisation(JsonReader reader)
{
    Organisation organisation;
    organisation.id = reader.nonEmptyString(u"id"_s);
    organisation.name = reader.string(u"name"_s);
    organisation.contractNumber = reader.string(u"contract_number"_s);
    organisation.taxpayerNumber = reader.string(u"taxpayer_number"_s);
    organisation.address = reader.string(u"address"_s);
    organisation.contactEmail = EmailAddress::forDisplay(reader.string(u"contact_email"_s));
    organisation.contactPhone = reader.string(u"contact_phone"_s);
    organisation.invoiceEmail = EmailAddress::forDisplay(reader.string(u"invoice_email"_s));
    return organisation;
}

// reopens_at is required but null while open; a closed window must say when it reopens.
InvoicingWindow readInvoicing(JsonReader reader)
{
    InvoicingWindow window;
    window.open = reader.boolean(u"open"_s);
    reader.requireMember(u"reopens_at"_s);
    const std::optional<QDateTime> reopensAt = reader.nullableDateTime(u"reopens_at"_s);
    if (reader.ok() && !window.open && !reopensAt)
        reader.fail(u"reopens_at"_s, u"null while invoicing is closed"_s);
    window.reopensAt = reopensAt.value_or(QDateTime());
    return window;
}

Subscriber readSubscriber(JsonReader &reader)
{
    Subscriber subscriber;
    subscriber.id = reader.nonEmptyString(u"id"_s);
    subscriber.number = reader.string(u"number"_s);
    subscriber.label = reader.string(u"label"_s);
    subscriber.status = WireValues::enumValue<Subscriber::Status>(reader, u"status"_s,
                                                                  {{u"active"_s, Subscriber::Status::Active},
                                                                   {u"blocked"_s, Subscriber::Status::Blocked},
                                                                   {u"suspended"_s, Subscriber::Status::Suspended}});
    return subscriber;
}

} // namespace

ApiResult<AccountInfo> ResponseParsers::account(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    AccountInfo account;
    account.organisation = readOrganisation(reader.object(u"organisation"_s));
    account.billingTimeZone = WireValues::timeZone(reader, u"billing_time_zone"_s);
    account.serverTime = reader.dateTime(u"server_time"_s);
    account.invoicing = readInvoicing(reader.object(u"invoicing"_s));
    account.delivery = WireValues::deliveryTarget(reader.object(u"delivery"_s));
    return WireValues::finish(reader, std::move(account));
}

ApiResult<OperatorClock> ResponseParsers::clock(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    OperatorClock clock;
    clock.serverTime = reader.dateTime(u"server_time"_s);
    clock.billingTimeZone = WireValues::timeZone(reader, u"billing_time_zone"_s);
    clock.invoicing = readInvoicing(reader.object(u"invoicing"_s));
    return WireValues::finish(reader, std::move(clock));
}

ApiResult<QList<Subscriber>> ResponseParsers::subscribers(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    QList<Subscriber> items = WireValues::list<Subscriber>(reader, u"items"_s, readSubscriber);
    return WireValues::finish(reader, std::move(items));
}
