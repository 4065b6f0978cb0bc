#include "RememberedFirm.h"

#include <QTest>

RememberedFirm::RememberedFirm(const QString &keychainService)
    : m_keychain(std::make_unique<KeychainCredentialStore>(keychainService))
    , m_secrets(std::make_unique<AccountSecrets>(m_keychain.get()))
{
}

RememberedFirm::~RememberedFirm() = default;

QString RememberedFirm::loginOf(int n)
{
    return n == 1 ? QStringLiteral("demo") : QStringLiteral("demo%1").arg(n);
}

bool RememberedFirm::remember(const QUrl &apiUrl, int organisations, const QString &wrongPasswordFor)
{
    m_apiUrl = apiUrl;
    int kept = 0;
    QObject context;
    for (int n = 1; n <= organisations; ++n) {
        const OperatorAccount account{loginOf(n), apiUrl, {}};
        m_accounts.remember(account);
        const QString password = account.login == wrongPasswordFor ? QStringLiteral("not-this-one")
                                                                   : account.login + QStringLiteral("-password");
        m_secrets->savePassword(account, password, &context, [&kept](const CredentialStore::Result &result) {
            kept += result.isOk() ? 1 : 0;
        });
    }
    return QTest::qWaitFor([&] { return kept == organisations; }, 30000);
}

bool RememberedFirm::forgetAll()
{
    const QList<OperatorAccount> remembered = m_accounts.accounts();
    int forgotten = 0;
    QObject context;
    for (const OperatorAccount &account : remembered)
        m_secrets->forgetPassword(account, &context, [&forgotten](const CredentialStore::Result &) { ++forgotten; });
    return QTest::qWaitFor([&] { return forgotten == remembered.size(); }, 30000);
}
