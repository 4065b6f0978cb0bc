#include "ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "sipcabinet.api", QtInfoMsg)
