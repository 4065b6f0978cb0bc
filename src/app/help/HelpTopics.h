#pragma once

#include "navigation/PageId.h"

#include <QString>

// Which section of the user manual (docs/manual/manual.md) explains what: F1 opens it.
namespace HelpTopics {

inline const QString Login = QStringLiteral("login");
inline const QString Rules = QStringLiteral("rules");
inline const QString MonthEndPack = QStringLiteral("month-end-pack");

QString of(PageId page);

} // namespace HelpTopics
