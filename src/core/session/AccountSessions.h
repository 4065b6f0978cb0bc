#pragma once

#include "session/AccountSession.h"

#include <QList>
#include <QObject>
#include <QSet>

class AccountList;
class AccountSecrets;

// Every remembered account signed in together, each in its own AccountSession: what the overview of
// organisations, the month-end close and the automatic fetch for all accounts work with. Signs in a few
// at a time, so that thirty accounts do not knock on the operator's door at once.
class AccountSessions : public QObject
{
    Q_OBJECT

public:
    static constexpr int ConcurrentSignIns = 4;

    AccountSessions(AccountList *accounts, AccountSecrets *secrets, QObject *parent = nullptr);

    // One session per remembered account (new ones added, forgotten ones dropped), each then signed in; with
    // onlyAccountIds, for those accounts alone (the command line's --accounts).
    void start(const QStringList &onlyAccountIds = {});
    // An account remembered since start (a log-in in the form): gets its session too.
    AccountSession *add(const OperatorAccount &account);
    void signInAgain(AccountSession *session);

    QList<AccountSession *> sessions() const { return m_sessions; }
    AccountSession *find(const QString &accountId) const;
    int count() const { return int(m_sessions.size()); }
    // Whether every session has come to an end of signing in (ready or not).
    bool isSettled() const;

signals:
    void sessionAdded(AccountSession *session);
    void sessionRemoved(const QString &accountId);
    void sessionChanged(AccountSession *session);
    // Every session has come to an end of signing in, ready or not.
    void settled();

private:
    AccountSession *create(const OperatorAccount &account);
    void signInNext();

    AccountList *m_accounts;
    AccountSecrets *m_secrets;
    QList<AccountSession *> m_sessions; // children
    QList<AccountSession *> m_waiting;  // to sign in, in order
    QSet<AccountSession *> m_signingIn;
};
