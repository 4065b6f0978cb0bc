#include "ResponseParsers.h"
#include "WireValues.h"

#include <QJsonParseError>

using namespace Qt::StringLiterals;

ApiResult<QJsonDocument> ResponseParsers::jsonBody(const QByteArray &contentType, const QByteArray &body)
{
    const WireValues::MediaType type = WireValues::mediaType(contentType);
    if (type.essence != "application/json")
        return ApiError::protocol(u"expected application/json, got \"%1\""_s.arg(QString::fromLatin1(contentType.left(80))));
    if (!type.charset.isEmpty() && type.charset != "utf-8")
        return ApiError::protocol(u"expected UTF-8 JSON, got charset \"%1\""_s.arg(QString::fromLatin1(type.charset.left(40))));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::protocol(u"not JSON: %1 at offset %2 of %3 bytes"_s.arg(parseError.errorString())
                                      .arg(parseError.offset)
                                      .arg(body.size()));
    return document;
}
