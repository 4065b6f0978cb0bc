#include "ResponseParsers.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The contract's ProblemCode enum; any other code is treated by its HTTP status, as the contract asks.
bool isContractCode(const QString &code)
{
    static const QStringList codes{
        u"validation_failed"_s, u"payload_too_large"_s, u"invalid_credentials"_s, u"unauthorized"_s,
        u"token_expired"_s, u"forbidden"_s, u"not_found"_s, u"link_expired"_s, u"invoicing_blackout"_s,
        u"period_unavailable"_s, u"invalid_email"_s, u"invalid_phone"_s, u"idempotency_conflict"_s,
        u"job_finished"_s, u"job_not_ready"_s, u"rate_limited"_s, u"service_unavailable"_s, u"internal_error"_s,
    };
    return codes.contains(code);
}

QString codeForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return u"unauthorized"_s;
    case 404:
        return u"not_found"_s;
    case 429:
        return u"rate_limited"_s;
    case 500:
        return u"internal_error"_s;
    case 502:
    case 503:
    case 504:
        return u"service_unavailable"_s;
    default:
        return u"http_%1"_s.arg(httpStatus);
    }
}

int clampedSeconds(qint64 seconds)
{
    return static_cast<int>(std::clamp<qint64>(seconds, 0, std::numeric_limits<int>::max()));
}

// RFC 9110 §10.2.3: delay-seconds or an HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms).
int retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    const QString text = QString::fromLatin1(header).simplified();
    if (text.isEmpty())
        return -1;
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        return ok ? clampedSeconds(seconds) : std::numeric_limits<int>::max();
    }
    // The weekday is redundant and Qt refuses a date whose weekday it disagrees with (RFC 850's two-digit
    // year reads as 19xx), so drop it: "Tue, 04 Mar 2025 ...", "Tuesday, 04-Mar-25 ...", "Tue Mar 4 ...".
    const qsizetype comma = text.indexOf(u',');
    const QString withoutWeekday = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(u' ', 1);
    const QLocale c = QLocale::c();
    for (const QString &format : {u"dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dd-MMM-yy HH:mm:ss 'GMT'"_s,
                                  u"MMM d HH:mm:ss yyyy"_s}) {
        QDateTime moment = c.toDateTime(withoutWeekday, format);
        if (!moment.isValid())
            continue;
        moment = QDateTime(moment.date(), moment.time(), Qt::UTC);
        if (moment.date().year() < 1970) // RFC 850's two-digit year
            moment = moment.addYears(100);
        return clampedSeconds(now.secsTo(moment));
    }
    return -1;
}

// The extension members: each is optional, and a malformed one is left out (noted in the detail) rather
// than losing the operator's code, which is what the client acts on.
void readExtensions(const QJsonObject &body, ApiError &error, QStringList &ignored)
{
    if (body.contains(u"reopens_at"_s)) {
        JsonReader reader(body);
        error.reopensAt = reader.dateTime(u"reopens_at"_s);
        if (!reader.ok())
            ignored.append(reader.fault());
    }
    if (body.contains(u"retry_after"_s)) {
        JsonReader reader(body);
        const qint64 seconds = WireValues::integerIn(reader, u"retry_after"_s, 0, std::numeric_limits<int>::max());
        if (reader.ok())
            error.retryAfterSeconds = static_cast<int>(seconds);
        else
            ignored.append(reader.fault());
    }
    if (body.contains(u"available_periods"_s)) {
        const QJsonArray periods = body.value(u"available_periods"_s).toArray();
        for (const QJsonValue &value : periods) {
            const std::optional<BillingPeriod> period = BillingPeriod::fromString(value.toString());
            if (period)
                error.availablePeriods.append(period->toString());
        }
        if (!body.value(u"available_periods"_s).isArray() || error.availablePeriods.size() != periods.size())
            ignored.append(u"$.available_periods: not a list of periods"_s);
    }
    if (body.contains(u"errors"_s)) {
        const QJsonArray errors = body.value(u"errors"_s).toArray();
        for (const QJsonValue &value : errors) {
            const QJsonObject object = value.toObject();
            if (object.value(u"field"_s).isString() && object.value(u"message"_s).isString())
                error.fieldErrors.append({object.value(u"field"_s).toString(), object.value(u"message"_s).toString()});
        }
        if (!body.value(u"errors"_s).isArray() || error.fieldErrors.size() != errors.size())
            ignored.append(u"$.errors: not a list of {field, message}"_s);
    }
}

// The body as an RFC 9457 problem with a code, or nothing when it is not one.
std::optional<ApiError> problemFromBody(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray essence = WireValues::mediaType(contentType).essence;
    if (essence != "application/problem+json" && essence != "application/json")
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value(u"code"_s).toString();
    if (code.isEmpty())
        return std::nullopt;

    QString detail = object.value(u"detail"_s).toString(object.value(u"title"_s).toString());
    if (detail.isEmpty())
        detail = u"HTTP %1 %2"_s.arg(httpStatus).arg(code.left(60));
    ApiError error = ApiError::problem(code, httpStatus);
    if (!isContractCode(code)) {
        error.code = codeForStatus(httpStatus);
        detail = u"unknown problem code \"%1\": %2"_s.arg(code.left(60), detail);
    }
    QStringList ignored;
    readExtensions(object, error, ignored);
    if (!ignored.isEmpty())
        detail += u" (ignored: %1)"_s.arg(ignored.join(u"; "_s));
    error.detail = detail;
    return error;
}

QString describeNonProblem(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    return u"HTTP %1 without a problem document (content type \"%2\", %3 bytes)"_s.arg(httpStatus)
        .arg(QString::fromLatin1(contentType.left(80)))
        .arg(body.size());
}

} // namespace

ApiError ResponseParsers::problem(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                                  const QByteArray &retryAfterHeader, const QDateTime &now)
{
    ApiError error = problemFromBody(httpStatus, contentType, body)
                         .value_or(ApiError::problem(codeForStatus(httpStatus), httpStatus,
                                                     describeNonProblem(httpStatus, contentType, body)));
    // The header is HTTP's own word on waiting; the body's retry_after only stands in when it is absent.
    const int headerSeconds = retryAfterSeconds(retryAfterHeader, now);
    if (headerSeconds >= 0)
        error.retryAfterSeconds = headerSeconds;
    return error;
}
