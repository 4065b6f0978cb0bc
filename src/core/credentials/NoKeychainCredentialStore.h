#pragma once

#include "CredentialStore.h"

// Used once the system has shown it has no keychain: nothing is remembered, and nothing is written
// anywhere else either — the user types the password at each start.
class NoKeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    void answerLater(QObject *context, Callback done);
};
