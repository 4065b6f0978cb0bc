#include "ResponseParsers.h"
#include "WireValues.h"
#include "validation/EmailAddress.h"

using namespace Qt::StringLiterals;

namespace {

// The members of an invoice shared by the list and the single answer; lines are read by the caller.
Invoice readInvoice(JsonReader &reader, QString *currency)
{
    Invoice invoice;
    invoice.period = reader.period(u"period"_s);
    invoice.number = reader.nonEmptyString(u"number"_s);
    *currency = WireValues::currency(reader, u"currency"_s);
    invoice.amount = reader.money(u"amount"_s, *currency);
    invoice.formedAt = reader.dateTime(u"formed_at"_s);
    invoice.deliveredTo = WireValues::deliveryTarget(reader.object(u"delivered_to"_s));
    return invoice;
}

InvoiceLine readLine(JsonReader &reader, const QString &currency)
{
    InvoiceLine line;
    line.subscriberId = reader.nonEmptyString(u"subscriber_id"_s);
    line.number = reader.string(u"number"_s);
    line.label = reader.string(u"label"_s);
    line.amount = reader.money(u"amount"_s, currency);
    return line;
}

Invoice readListedInvoice(JsonReader &reader)
{
    QString currency;
    return readInvoice(reader, &currency);
}

} // namespace

ApiResult<QList<Invoice>> ResponseParsers::invoices(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    QList<Invoice> items = WireValues::list<Invoice>(reader, u"items"_s, readListedInvoice);
    return WireValues::finish(reader, std::move(items));
}

ApiResult<Invoice> ResponseParsers::invoice(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    QString currency;
    Invoice invoice = readInvoice(reader, &currency);
    invoice.lines = WireValues::list<InvoiceLine>(reader, u"lines"_s,
                                                  [&currency](JsonReader &line) { return readLine(line, currency); });
    return WireValues::finish(reader, std::move(invoice));
}

ApiResult<OrderReceipt> ResponseParsers::orderReceipt(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    OrderReceipt receipt;
    receipt.orderId = reader.nonEmptyString(u"order_id"_s);
    receipt.orderNumber = reader.positiveInteger(u"order_number"_s);
    receipt.sentTo = EmailAddress::forDisplay(reader.nonEmptyString(u"sent_to"_s));
    receipt.orderedAt = reader.dateTime(u"ordered_at"_s);
    // Every order names the month of its document (an operator of an older contract may not); when present it
    // must be one.
    if (document.isObject() && document.object().contains(u"period"_s))
        receipt.period = reader.period(u"period"_s);
    return WireValues::finish(reader, std::move(receipt));
}
