#pragma once

#include <QString>
#include <QUrl>

// One organisation's access to the operator, as the app remembers it: never with its password.
class OperatorAccount
{
public:
    QString login;
    QUrl apiUrl;
    QString organisationName; // shown in the account list once known

    // Stable identity for settings and keychain keys: the login at the operator's address.
    QString id() const;
    QString displayName() const;
    friend bool operator==(const OperatorAccount &a, const OperatorAccount &b) { return a.id() == b.id(); }
};
