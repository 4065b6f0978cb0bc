#include "ResponseParsers.h"
#include "WireValues.h"

#include <limits>

using namespace Qt::StringLiterals;

ApiResult<SessionTokens> ResponseParsers::sessionTokens(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    SessionTokens tokens;
    tokens.accessToken = reader.nonEmptyString(u"access_token"_s);
    tokens.refreshToken = reader.nonEmptyString(u"refresh_token"_s);
    reader.oneOf(u"token_type"_s, {u"Bearer"_s});
    tokens.expiresInSeconds = WireValues::integerIn(reader, u"expires_in"_s, 0, std::numeric_limits<qint32>::max());
    tokens.expiresAt = reader.dateTime(u"expires_at"_s);
    return WireValues::finish(reader, std::move(tokens));
}
