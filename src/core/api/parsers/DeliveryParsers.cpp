#include "ResponseParsers.h"
#include "WireValues.h"

using namespace Qt::StringLiterals;

namespace {

NextRegularInvoice readNextRegularInvoice(JsonReader reader)
{
    NextRegularInvoice next;
    next.period = reader.period(u"period"_s);
    next.method = WireValues::deliveryMethod(reader, u"method"_s);
    next.address = WireValues::deliveryAddress(next.method, reader.string(u"address"_s));
    return next;
}

DeliveryChange readChange(JsonReader &reader)
{
    DeliveryChange change;
    change.method = WireValues::deliveryMethod(reader, u"method"_s);
    change.address = WireValues::deliveryAddress(change.method, reader.string(u"address"_s));
    change.effectiveAt = reader.dateTime(u"effective_at"_s);
    return change;
}

} // namespace

ApiResult<DeliverySettings> ResponseParsers::delivery(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    DeliverySettings settings;
    settings.method = WireValues::deliveryMethod(reader, u"method"_s);
    settings.address = WireValues::deliveryAddress(settings.method, reader.string(u"address"_s));
    settings.nextRegularInvoice = readNextRegularInvoice(reader.object(u"next_regular_invoice"_s));
    return WireValues::finish(reader, std::move(settings));
}

ApiResult<QList<DeliveryChange>> ResponseParsers::deliveryHistory(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    QList<DeliveryChange> items = WireValues::list<DeliveryChange>(reader, u"items"_s, readChange);
    return WireValues::finish(reader, std::move(items));
}
