#include "AccountSecrets.h"

#include "accounts/OperatorAccount.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray serialise(const SessionTokens &tokens)
{
    const QJsonObject object{{QStringLiteral("access"), tokens.accessToken},
                             {QStringLiteral("refresh"), tokens.refreshToken},
                             {QStringLiteral("expires_at"), tokens.expiresAt.toString(Qt::ISODate)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<SessionTokens> deserialise(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    SessionTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh")).toString();
    tokens.expiresAt = QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    if (tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}
} // namespace

AccountSecrets::AccountSecrets(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString AccountSecrets::passwordKey(const OperatorAccount &account)
{
    return account.id() + QStringLiteral("/password");
}

QString AccountSecrets::tokensKey(const OperatorAccount &account)
{
    return account.id() + QStringLiteral("/tokens");
}

void AccountSecrets::savePassword(const OperatorAccount &account, const QString &password, QObject *context,
                                  CredentialStore::Callback done)
{
    m_store->write(passwordKey(account), password.toUtf8(), context, std::move(done));
}

void AccountSecrets::loadPassword(const OperatorAccount &account, QObject *context,
                                  std::function<void(const CredentialStore::Result &, const QString &)> done)
{
    m_store->read(passwordKey(account), context, [done = std::move(done)](const CredentialStore::Result &result) {
        done(result, QString::fromUtf8(result.secret));
    });
}

void AccountSecrets::saveTokens(const OperatorAccount &account, const SessionTokens &tokens, QObject *context,
                                CredentialStore::Callback done)
{
    m_store->write(tokensKey(account), serialise(tokens), context, std::move(done));
}

void AccountSecrets::loadTokens(const OperatorAccount &account, QObject *context,
                                std::function<void(std::optional<SessionTokens>)> done)
{
    m_store->read(tokensKey(account), context, [done = std::move(done)](const CredentialStore::Result &result) {
        done(result.isOk() ? deserialise(result.secret) : std::nullopt);
    });
}

void AccountSecrets::forgetTokens(const OperatorAccount &account, QObject *context, CredentialStore::Callback done)
{
    m_store->remove(tokensKey(account), context, std::move(done));
}

void AccountSecrets::forgetPassword(const OperatorAccount &account, QObject *context, CredentialStore::Callback done)
{
    m_store->remove(passwordKey(account), context, std::move(done));
}
