#include "SessionController.h"

#include "OperatorUrlPolicy.h"
#include "accounts/AccountList.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "credentials/AccountSecrets.h"
#include "session/OperatorSession.h"

#include <utility>

SessionController::SessionController(OperatorApi *api, OperatorSession *session, AccountSecrets *secrets,
                                     AccountList *accounts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_secrets(secrets)
    , m_accounts(accounts)
{
    connect(m_session, &OperatorSession::tokensChanged, this, [this](const SessionTokens &tokens) {
        if (m_remember && m_account && !tokens.accessToken.isEmpty())
            m_secrets->saveTokens(*m_account, tokens, this, [](const CredentialStore::Result &) {});
    });
    connect(m_session, &OperatorSession::ended, this, [this] {
        // While resuming at start, a refused or unreachable refresh is not the end of a session the user had:
        // start() goes on with the remembered password, or offline.
        if (m_account && !m_resuming)
            emit loginRequired(tr("Your session has ended. Please log in again."));
    });
}

void SessionController::useAccount(const OperatorAccount &account)
{
    m_account = account;
    m_api->connection()->setBaseUrl(account.apiUrl);
}

void SessionController::start()
{
    const std::optional<OperatorAccount> last = m_accounts->lastUsed();
    if (!last)
        return emit loginRequired(QString());
    // The settings file is no safer than any other file: its address gets the same check as a typed one,
    // before a token or password is taken from the keychain for it.
    if (const QString problem = OperatorUrlPolicy::problemWith(last->apiUrl); !problem.isEmpty())
        return emit loginRequired(problem);
    useAccount(*last);
    m_resuming = true;
    emit loginStarted();
    m_secrets->loadTokens(*last, this, [this, account = *last](std::optional<SessionTokens> tokens) {
        if (!tokens)
            return resumeWithPassword(account);
        m_remember = true;
        m_session->resume(*tokens, this, [this, account](bool resumed) {
            if (resumed)
                return onSessionStarted();
            resumeWithPassword(account);
        });
    });
}

void SessionController::resumeWithPassword(const OperatorAccount &account)
{
    m_secrets->loadPassword(account, this,
                            [this, account](const CredentialStore::Result &result, const QString &password) {
        if (result.isOk() && !password.isEmpty())
            return logIn(account, password, true);
        m_account.reset();
        m_resuming = false;
        if (result.status == CredentialStore::Result::Status::Unavailable)
            return emit loginRequired(tr("There is no password store (keychain) on this system, so the password "
                                         "cannot be remembered: please enter it."));
        emit loginRequired(QString());
    });
}

void SessionController::logIn(const OperatorAccount &account, const QString &password, bool remember)
{
    if (!m_resuming)
        m_offline = false;
    useAccount(account);
    m_remember = remember;
    emit loginStarted();
    m_session->logIn(account.login, password, this, [this, password](const ApiResult<SessionTokens> &result) {
        if (!result.isOk()) {
            m_account.reset();
            const ApiError::Kind kind = result.error().kind;
            const bool unreachable = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
            if (std::exchange(m_resuming, false) && unreachable) {
                m_offline = true;
                return emit offline(result.error().userMessage());
            }
            m_offline = false;
            return emit loginFailed(result.error().userMessage());
        }
        m_resuming = false;
        m_offline = false;
        rememberSecrets(password);
        onSessionStarted();
    });
}

void SessionController::rememberSecrets(const QString &password)
{
    if (!m_remember) {
        m_secrets->forgetPassword(*m_account, this, [](const CredentialStore::Result &) {});
        m_secrets->forgetTokens(*m_account, this, [](const CredentialStore::Result &) {});
        return;
    }
    m_secrets->savePassword(*m_account, password, this, [this](const CredentialStore::Result &result) {
        warnIfKeychainMissing(result.status == CredentialStore::Result::Status::Unavailable);
    });
    m_secrets->saveTokens(*m_account, m_session->tokens(), this, [](const CredentialStore::Result &) {});
}

void SessionController::warnIfKeychainMissing(bool unavailable)
{
    if (!unavailable)
        return;
    m_remember = false;
    emit notice(tr("There is no password store (keychain) on this system, so the password cannot be remembered. "
                   "You will be asked for it at each start."));
}

void SessionController::onSessionStarted()
{
    m_api->account(this, [this](const ApiResult<AccountInfo> &result) {
        if (!result.isOk()) {
            m_session->logOut(this, [] {});
            m_account.reset();
            return emit loginFailed(result.error().userMessage());
        }
        m_info = result.value();
        m_account->organisationName = m_info.organisation.name;
        m_accounts->remember(*m_account);
        m_accounts->setLastUsed(m_account->id());
        emit loggedIn(*m_account);
    });
}

void SessionController::switchTo(const OperatorAccount &account)
{
    m_accounts->setLastUsed(account.id());
    if (!m_account)
        return start();
    const OperatorAccount previous = *m_account;
    m_account.reset();
    m_remember = false;
    emit accountLeft();
    // Its tokens end at the operator here; its password, if kept, stays for the next time.
    m_session->logOut(this, [this, previous] {
        m_secrets->forgetTokens(previous, this, [this](const CredentialStore::Result &) { start(); });
    });
}

void SessionController::logOut(bool forgetPassword)
{
    if (!m_account)
        return emit loggedOut();
    const OperatorAccount account = *m_account;
    m_account.reset();
    m_remember = false;
    m_session->logOut(this, [this, account, forgetPassword] {
        m_secrets->forgetTokens(account, this, [this, account, forgetPassword](const CredentialStore::Result &) {
            if (!forgetPassword)
                return emit loggedOut();
            m_secrets->forgetPassword(account, this, [this](const CredentialStore::Result &) { emit loggedOut(); });
        });
    });
}
