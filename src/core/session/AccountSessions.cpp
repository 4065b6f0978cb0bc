#include "AccountSessions.h"

#include "accounts/AccountList.h"

AccountSessions::AccountSessions(AccountList *accounts, AccountSecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
}

AccountSession *AccountSessions::find(const QString &accountId) const
{
    for (AccountSession *session : m_sessions) {
        if (session->accountId() == accountId)
            return session;
    }
    return nullptr;
}

bool AccountSessions::isSettled() const
{
    return m_waiting.isEmpty() && m_signingIn.isEmpty();
}

void AccountSessions::start(const QStringList &onlyAccountIds)
{
    QList<OperatorAccount> remembered = m_accounts->accounts();
    if (!onlyAccountIds.isEmpty())
        remembered.removeIf([&onlyAccountIds](const OperatorAccount &a) { return !onlyAccountIds.contains(a.id()); });
    const QList<AccountSession *> known = m_sessions; // a copy: sessions are taken out of the list below
    for (AccountSession *session : known) {
        if (!remembered.contains(session->account())) {
            const QString id = session->accountId();
            m_sessions.removeOne(session);
            m_waiting.removeOne(session);
            m_signingIn.remove(session);
            session->deleteLater();
            emit sessionRemoved(id);
        }
    }
    for (const OperatorAccount &account : remembered) {
        if (!find(account.id()))
            m_waiting.append(create(account));
    }
    signInNext();
    if (isSettled())
        emit settled();
}

AccountSession *AccountSessions::add(const OperatorAccount &account)
{
    if (AccountSession *known = find(account.id()))
        return known;
    AccountSession *session = create(account);
    m_waiting.append(session);
    signInNext();
    return session;
}

void AccountSessions::signInAgain(AccountSession *session)
{
    if (session->isReady() || session->state() == AccountSession::State::SigningIn || m_waiting.contains(session))
        return;
    m_waiting.append(session);
    signInNext();
}

AccountSession *AccountSessions::create(const OperatorAccount &account)
{
    auto *session = new AccountSession(account, m_secrets, this);
    m_sessions.append(session);
    connect(session, &AccountSession::stateChanged, this, [this, session](AccountSession::State state) {
        if (state != AccountSession::State::SigningIn && m_signingIn.remove(session)) {
            signInNext();
            if (isSettled())
                emit settled();
        }
        emit sessionChanged(session);
    });
    connect(session, &AccountSession::factsChanged, this, [this, session] { emit sessionChanged(session); });
    emit sessionAdded(session);
    return session;
}

void AccountSessions::signInNext()
{
    while (m_signingIn.size() < ConcurrentSignIns && !m_waiting.isEmpty()) {
        AccountSession *session = m_waiting.takeFirst();
        session->signIn();
        // One refused before any request left (an unsafe address, no password kept) takes no place.
        if (session->state() == AccountSession::State::SigningIn)
            m_signingIn.insert(session);
    }
}
