#pragma once

#include "accounts/OperatorAccount.h"
#include "domain/AccountInfo.h"
#include "domain/Money.h"
#include "time/OperatorTime.h"

#include <QObject>

#include <functional>
#include <optional>

class AccountSecrets;
class OperatorApi;
class OperatorConnection;
class OperatorSession;

// One remembered account signed in on its own: its own connection, session and API, so that many
// organisations work at once and none waits for another. Signs in with the password kept in the keychain
// (never with another account's tokens), renews its own tokens, and says why when it cannot.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        SignedOut,
        SigningIn,
        Ready,
        PasswordNeeded, // none kept, or the operator refused it: the user has to type it
        Unreachable,    // the operator did not answer; trying again later may help
    };
    Q_ENUM(State)

    AccountSession(const OperatorAccount &account, AccountSecrets *secrets, QObject *parent = nullptr);
    ~AccountSession() override;

    const OperatorAccount &account() const { return m_account; }
    QString accountId() const { return m_account.id(); }
    OperatorApi *api() const { return m_api; }
    OperatorConnection *connection() const { return m_connection; }

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    // Why the account is not ready, for the user; empty when it is.
    QString problem() const { return m_problem; }
    // Known once ready.
    const AccountInfo &info() const { return m_info; }
    std::optional<Money> balance() const { return m_balance; }
    // By the operator's clock, in its zone (the computer's clock until the operator has answered).
    QDateTime operatorNow() const { return m_time.now(); }
    // The organisation as known now: from the operator once ready, else as remembered.
    QString organisation() const;

    // With the keychain's password; does nothing while signing in or ready.
    void signIn();
    // With a password the user typed; kept in the keychain when remember is true and it was accepted.
    void signInWith(const QString &password, bool remember);
    // Ends the session at the operator (the user logged out and had the password forgotten).
    void signOut();
    // The operator's facts again (organisation, calendar, balance), when ready.
    void refreshFacts();
    // The operator's clock asked afresh (one small call); done(true) once operatorNow() follows it.
    void syncClock(QObject *context, std::function<void(bool synced)> done);

signals:
    void stateChanged(AccountSession::State state);
    // Organisation, calendar or balance changed.
    void factsChanged();

private:
    void logIn(const QString &password, bool remember);
    void loadFacts();
    void setState(State state, const QString &problem = QString());

    OperatorAccount m_account;
    AccountSecrets *m_secrets;
    OperatorConnection *m_connection;
    OperatorSession *m_session;
    OperatorApi *m_api;
    State m_state = State::SignedOut;
    QString m_problem;
    AccountInfo m_info;
    std::optional<Money> m_balance;
    OperatorTime m_time;
};
