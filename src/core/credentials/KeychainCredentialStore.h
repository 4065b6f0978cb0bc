#pragma once

#include "CredentialStore.h"

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain's asynchronous jobs, with the plain-text fallback off.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    void run(QKeychain::Job *job, const QString &key, QObject *context, Callback done);

    QString m_service;
};
