#pragma once

#include "accounts/AccountList.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"

#include <QUrl>

#include <memory>

// A test's accounting firm: the sandbox's first organisations remembered in the test's settings, with their
// passwords in the test session's real keychain, under the given service (a unique one, or the program's own
// when the test runs the program). forgetAll() takes the passwords out again at the end.
class RememberedFirm
{
public:
    explicit RememberedFirm(const QString &keychainService);
    ~RememberedFirm();

    // demo, demo2, demo3 ...: the sandbox's logins in order.
    static QString loginOf(int n);

    // The first `organisations` at the operator's address, each with `<login>-password` except wrongPasswordFor.
    // Waits until the keychain has them all.
    [[nodiscard]] bool remember(const QUrl &apiUrl, int organisations, const QString &wrongPasswordFor = QString());
    // The password of every account the settings remember now (the program may have added some).
    [[nodiscard]] bool forgetAll();

    QString idOf(const QString &login) const { return OperatorAccount{login, m_apiUrl, {}}.id(); }
    AccountList &accounts() { return m_accounts; }
    AccountSecrets *secrets() { return m_secrets.get(); }

private:
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<AccountSecrets> m_secrets;
    AccountList m_accounts;
    QUrl m_apiUrl;
};
