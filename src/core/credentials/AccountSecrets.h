#pragma once

#include "CredentialStore.h"
#include "domain/SessionTokens.h"

#include <functional>
#include <optional>

class OperatorAccount;

// The secrets of each operator account in the credential store: its password (only with «Запомнить меня»)
// and its session tokens, each under a key naming the account.
class AccountSecrets : public QObject
{
    Q_OBJECT

public:
    explicit AccountSecrets(CredentialStore *store, QObject *parent = nullptr);

    void savePassword(const OperatorAccount &account, const QString &password, QObject *context,
                      CredentialStore::Callback done);
    void loadPassword(const OperatorAccount &account, QObject *context,
                      std::function<void(const CredentialStore::Result &, const QString &password)> done);
    void saveTokens(const OperatorAccount &account, const SessionTokens &tokens, QObject *context,
                    CredentialStore::Callback done);
    void loadTokens(const OperatorAccount &account, QObject *context,
                    std::function<void(std::optional<SessionTokens>)> done);
    void forgetTokens(const OperatorAccount &account, QObject *context, CredentialStore::Callback done);
    void forgetPassword(const OperatorAccount &account, QObject *context, CredentialStore::Callback done);

    static QString passwordKey(const OperatorAccount &account);
    static QString tokensKey(const OperatorAccount &account);

private:
    CredentialStore *m_store;
};
