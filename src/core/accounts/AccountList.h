#pragma once

#include "OperatorAccount.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The accounts the accountant works with, kept in the app's settings (logins and addresses only),
// and which one was used last.
class AccountList
{
public:
    QList<OperatorAccount> accounts() const;
    std::optional<OperatorAccount> find(const QString &id) const;
    void remember(const OperatorAccount &account);
    void forget(const QString &id);

    std::optional<OperatorAccount> lastUsed() const;
    void setLastUsed(const QString &id);

    // When the accountant last opened the account's cabinet: «Организации» counts the documents since.
    QDateTime lastSeen(const QString &id) const;
    void setLastSeen(const QString &id, const QDateTime &when);
};
