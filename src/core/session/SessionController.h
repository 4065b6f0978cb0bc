#pragma once

#include "accounts/OperatorAccount.h"
#include "domain/AccountInfo.h"

#include <QObject>

#include <optional>

class AccountList;
class AccountSecrets;
class OperatorApi;
class OperatorSession;

// Takes the user from "nobody" to a working session and back: remembered tokens or password first,
// the login form otherwise; keeps the secrets in the keychain only when asked to, and says so when it can't.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(OperatorApi *api, OperatorSession *session, AccountSecrets *secrets, AccountList *accounts,
                      QObject *parent = nullptr);

    // Tries to continue where the user left off; ends in loggedIn() or loginRequired().
    void start();
    // After offline(): tries the remembered account again (a timer or «Повторить вход»).
    void retry() { start(); }
    bool isOffline() const { return m_offline; }
    void logIn(const OperatorAccount &account, const QString &password, bool remember);
    void logOut(bool forgetPassword);
    // Leaves the current account, keeping its password, and goes on with another remembered one: from its
    // tokens or password in the keychain, or the login form (with it chosen) when neither works.
    void switchTo(const OperatorAccount &account);

    std::optional<OperatorAccount> currentAccount() const { return m_account; }
    const AccountInfo &accountInfo() const { return m_info; }

signals:
    void loginRequired(const QString &message);
    void loginStarted();
    void loginFailed(const QString &message);
    void loggedIn(const OperatorAccount &account);
    void loggedOut();
    // The current account was left for another one (switchTo): no login form in between.
    void accountLeft();
    void notice(const QString &message);
    // The remembered account could not be resumed because the operator is unreachable (network, timeout):
    // the app goes on offline, with what needs no operator (the document archive).
    void offline(const QString &message);

private:
    void useAccount(const OperatorAccount &account);
    void resumeWithPassword(const OperatorAccount &account);
    void onSessionStarted();
    void rememberSecrets(const QString &password);
    void warnIfKeychainMissing(bool unavailable);

    OperatorApi *m_api;
    OperatorSession *m_session;
    AccountSecrets *m_secrets;
    AccountList *m_accounts;
    std::optional<OperatorAccount> m_account;
    AccountInfo m_info;
    bool m_remember = false;
    bool m_resuming = false; // the session is being resumed at start, not typed into the login form
    bool m_offline = false;
};
