#pragma once

#include <QLoggingCategory>

// Operator traffic: method, path and outcome only — never a header, a body, a token or a download link.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
