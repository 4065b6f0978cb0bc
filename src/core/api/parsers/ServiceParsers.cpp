#include "ResponseParsers.h"
#include "WireValues.h"

using namespace Qt::StringLiterals;

namespace {

FeedbackMessage readFeedbackMessage(JsonReader &reader)
{
    using Status = FeedbackMessage::Status;
    FeedbackMessage message;
    message.id = reader.nonEmptyString(u"id"_s);
    message.topic = reader.string(u"topic"_s);
    message.text = reader.string(u"text"_s);
    message.sentAt = reader.dateTime(u"sent_at"_s);
    message.status = WireValues::enumValue<Status>(reader, u"status"_s,
                                                   {{u"received"_s, Status::Received},
                                                    {u"in_progress"_s, Status::InProgress},
                                                    {u"answered"_s, Status::Answered}});
    reader.requireMember(u"attachment_name"_s); // required, null when there is no attachment
    message.attachmentName = reader.nullableString(u"attachment_name"_s);
    reader.requireMember(u"answer"_s); // required, null until the operator has answered
    if (std::optional<JsonReader> answer = reader.nullableObject(u"answer"_s))
        message.answer = FeedbackMessage::Answer{answer->string(u"text"_s), answer->dateTime(u"answered_at"_s)};
    return message;
}

ContactNumber readContactNumber(JsonReader &reader)
{
    ContactNumber number;
    number.number = reader.nonEmptyString(u"number"_s);
    number.label = reader.string(u"label"_s);
    return number;
}

} // namespace

ApiResult<QList<FeedbackMessage>> ResponseParsers::feedbackMessages(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    QList<FeedbackMessage> items = WireValues::list<FeedbackMessage>(reader, u"items"_s, readFeedbackMessage);
    return WireValues::finish(reader, std::move(items));
}

ApiResult<FeedbackMessage> ResponseParsers::feedbackMessage(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    FeedbackMessage message = readFeedbackMessage(reader);
    return WireValues::finish(reader, std::move(message));
}

ApiResult<Contacts> ResponseParsers::contacts(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    JsonReader centre = reader.object(u"call_centre"_s);
    Contacts contacts;
    contacts.numbers = WireValues::list<ContactNumber>(centre, u"numbers"_s, readContactNumber);
    contacts.hours = centre.string(u"hours"_s);
    return WireValues::finish(reader, std::move(contacts));
}

ApiResult<CallbackReceipt> ResponseParsers::callbackReceipt(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    CallbackReceipt receipt;
    receipt.id = reader.nonEmptyString(u"id"_s);
    receipt.number = reader.positiveInteger(u"number"_s);
    receipt.phone = reader.nonEmptyString(u"phone"_s);
    receipt.requestedAt = reader.dateTime(u"requested_at"_s);
    return WireValues::finish(reader, std::move(receipt));
}
