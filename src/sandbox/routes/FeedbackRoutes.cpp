#include "routes/FeedbackRoutes.h"

#include "orders/OrderGate.h"
#include "RequestLimits.h"

#include "JsonRequestParser.h"
#include "server/SandboxClock.h"
#include "storage/SandboxDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
using Method = QHttpServerRequest::Method;
constexpr qsizetype maxAttachmentBytes = 2 * 1024 * 1024;
constexpr qsizetype maxBodyBytes = largestRequestBody;

ApiReply invalid(const QString &field, const QString &message)
{
    return ApiReply::problem(ProblemResponse(ProblemCode::ValidationFailed, message)
                                 .withFieldError(field, message));
}

// The attachment's name when it is acceptable, or the reply that refuses it.
std::variant<QString, ApiReply> checkAttachment(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    static const JsonRequestParser parser({{u"name"_s}, {u"content_type"_s}, {u"data_base64"_s}},
                                          maxBodyBytes);
    const QJsonObject attachment = value.toObject();
    if (const ParsedBody checked = parser.parse(QJsonDocument(attachment).toJson()); checked.problem)
        return ApiReply::problem(*checked.problem);
    const auto decoded = QByteArray::fromBase64Encoding(
        attachment.value(u"data_base64"_s).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(u"attachment.data_base64"_s, u"not valid base64"_s);
    if (decoded.decoded.size() > maxAttachmentBytes) {
        return ApiReply::problem(ProblemResponse(ProblemCode::PayloadTooLarge,
                                                 u"The attachment may not exceed 2 MiB."_s));
    }
    const QString name = attachment.value(u"name"_s).toString().trimmed();
    if (name.isEmpty() || name.size() > 200)
        return invalid(u"attachment.name"_s, u"1 to 200 characters"_s);
    return name;
}
}

FeedbackRoutes::FeedbackRoutes(SandboxServices &services)
    : m_services(services)
{
}

void FeedbackRoutes::registerIn(HttpRouter &router)
{
    router.addSync(Method::Get, u"/feedback"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) { return list(e); });
    router.addSync(Method::Post, u"/feedback"_s, RouteAccess::Organisation,
                   [this](const ApiExchange &e) {
                       return m_services.orderGate->once(e, [this, &e] { return send(e); });
                   });
}

ApiReply FeedbackRoutes::list(const ApiExchange &exchange) const
{
    QSqlQuery query = m_services.database->run(
        u"SELECT id FROM feedback WHERE organisation_id = ? ORDER BY sent_at DESC, id DESC"_s,
        {exchange.organisationId()});
    QJsonArray items;
    while (query.next())
        items.append(item(query.value(0).toString()));
    return ApiReply::json(200, QJsonObject{{u"items"_s, items}});
}

ApiReply FeedbackRoutes::send(const ApiExchange &exchange)
{
    static const JsonRequestParser parser(
        {{u"topic"_s}, {u"text"_s}, {u"attachment"_s, JsonFieldType::Object, true, true}},
        maxBodyBytes);
    const ParsedBody body = parser.parse(exchange.body());
    if (body.problem)
        return ApiReply::problem(*body.problem);
    const QString topic = body.object.value(u"topic"_s).toString().trimmed();
    const QString text = body.object.value(u"text"_s).toString().trimmed();
    if (topic.isEmpty() || topic.size() > 200)
        return invalid(u"topic"_s, u"1 to 200 characters"_s);
    if (text.isEmpty() || text.size() > 10000)
        return invalid(u"text"_s, u"1 to 10000 characters"_s);
    const std::variant<QString, ApiReply> attachment =
        checkAttachment(body.object.value(u"attachment"_s));
    if (const ApiReply *refusal = std::get_if<ApiReply>(&attachment))
        return *refusal;
    const QString attachmentName = std::get<QString>(attachment);
    const QString id = u"fb-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const bool stored = m_services.database->write(
        u"INSERT INTO feedback (id, organisation_id, topic, text, sent_at, status,"
        " attachment_name) VALUES (?, ?, ?, ?, ?, 'received', ?)"_s,
        {id, exchange.organisationId(), topic, text,
         SandboxClock::toRfc3339(m_services.clock->now()),
         attachmentName.isEmpty() ? QVariant() : QVariant(attachmentName)});
    if (!stored)
        return ApiReply::storageFailure();
    return ApiReply::json(201, item(id));
}

QJsonObject FeedbackRoutes::item(const QString &id) const
{
    QSqlQuery query = m_services.database->run(
        u"SELECT topic, text, sent_at, status, attachment_name, answer, answered_at FROM feedback WHERE id = ?"_s, {id});
    query.next();
    return QJsonObject{
        {u"id"_s, id},
        {u"topic"_s, query.value(0).toString()},
        {u"text"_s, query.value(1).toString()},
        {u"sent_at"_s, query.value(2).toString()},
        {u"status"_s, query.value(3).toString()},
        {u"attachment_name"_s,
         query.isNull(4) ? QJsonValue() : QJsonValue(query.value(4).toString())},
        {u"answer"_s, query.isNull(5) ? QJsonValue()
                                      : QJsonValue(QJsonObject{{u"text"_s, query.value(5).toString()},
                                                               {u"answered_at"_s, query.value(6).toString()}})},
    };
}

} // namespace Sandbox
