#include "OperatorAccount.h"

QString OperatorAccount::id() const
{
    const QString host = apiUrl.port() > 0 ? QStringLiteral("%1:%2").arg(apiUrl.host()).arg(apiUrl.port())
                                           : apiUrl.host();
    return QStringLiteral("%1@%2").arg(login, host);
}

QString OperatorAccount::displayName() const
{
    return organisationName.isEmpty() ? login : QStringLiteral("%1 (%2)").arg(organisationName, login);
}
