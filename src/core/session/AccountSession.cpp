#include "AccountSession.h"

#include "OperatorUrlPolicy.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "credentials/AccountSecrets.h"
#include "session/OperatorSession.h"

AccountSession::AccountSession(const OperatorAccount &account, AccountSecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_secrets(secrets)
    , m_connection(new OperatorConnection(this))
    , m_session(new OperatorSession(m_connection, this))
    , m_api(new OperatorApi(m_connection, this))
{
    m_connection->setBaseUrl(account.apiUrl);
    // A renewal the operator refused: the password is asked for again, once, before the user is.
    connect(m_session, &OperatorSession::ended, this, [this] {
        if (m_state == State::Ready) {
            setState(State::SignedOut);
            signIn();
        }
    });
}

AccountSession::~AccountSession() = default;

QString AccountSession::organisation() const
{
    if (!m_info.organisation.name.isEmpty())
        return m_info.organisation.name;
    return m_account.displayName();
}

void AccountSession::setState(State state, const QString &problem)
{
    m_problem = problem;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AccountSession::signIn()
{
    if (m_state == State::SigningIn || m_state == State::Ready)
        return;
    // The same check as a typed address gets, before a password is taken out of the keychain for it.
    if (const QString problem = m_connection->addressProblem(); !problem.isEmpty())
        return setState(State::PasswordNeeded, problem);
    setState(State::SigningIn);
    m_secrets->loadPassword(m_account, this, [this](const CredentialStore::Result &result, const QString &password) {
        if (result.isOk() && !password.isEmpty())
            return logIn(password, false);
        if (result.status == CredentialStore::Result::Status::Unavailable)
            return setState(State::PasswordNeeded, tr("There is no password store (keychain) on this system: "
                                                      "enter the password."));
        setState(State::PasswordNeeded, tr("The password is not remembered: enter it."));
    });
}

void AccountSession::signInWith(const QString &password, bool remember)
{
    if (m_state == State::SigningIn)
        return;
    setState(State::SigningIn);
    logIn(password, remember);
}

void AccountSession::logIn(const QString &password, bool remember)
{
    m_session->logIn(m_account.login, password, this,
                     [this, password, remember](const ApiResult<SessionTokens> &result) {
        if (!result.isOk()) {
            const ApiError::Kind kind = result.error().kind;
            const bool unreachable = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
            return setState(unreachable ? State::Unreachable : State::PasswordNeeded, result.error().userMessage());
        }
        if (remember)
            m_secrets->savePassword(m_account, password, this, [](const CredentialStore::Result &) {});
        loadFacts();
    });
}

void AccountSession::signOut()
{
    if (m_state != State::Ready)
        return;
    setState(State::SignedOut); // first, so that the session's end does not sign in again
    m_session->logOut(this, [] {});
}

void AccountSession::syncClock(QObject *context, std::function<void(bool)> done)
{
    if (m_state != State::Ready)
        return done(false);
    m_api->clock(context, [this, done = std::move(done)](const ApiResult<OperatorClock> &result) {
        if (result.isOk())
            m_time.synchronise(result.value().serverTime, result.value().billingTimeZone);
        done(result.isOk());
    });
}

void AccountSession::refreshFacts()
{
    if (m_state == State::Ready)
        loadFacts();
}

void AccountSession::loadFacts()
{
    m_api->account(this, [this](const ApiResult<AccountInfo> &result) {
        // A refresh that fails leaves a working session as it was: the facts it has are only a little older.
        if (!result.isOk() && m_state == State::Ready)
            return;
        if (!result.isOk()) {
            const ApiError::Kind kind = result.error().kind;
            const bool unreachable = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
            return setState(unreachable ? State::Unreachable : State::PasswordNeeded, result.error().userMessage());
        }
        m_info = result.value();
        m_time.synchronise(m_info.serverTime, m_info.billingTimeZone);
        m_account.organisationName = m_info.organisation.name;
        setState(State::Ready);
        emit factsChanged();
        const QDate today = m_info.serverTime.toTimeZone(m_info.billingTimeZone).date();
        m_api->payments(today.addDays(-1), today, this, [this](const ApiResult<PaymentHistory> &payments) {
            if (!payments.isOk())
                return;
            m_balance = payments.value().balance;
            emit factsChanged();
        });
    });
}
