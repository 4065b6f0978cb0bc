#include "KeychainCredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "sipcabinet.keychain", QtInfoMsg)

namespace {
CredentialStore::Result::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Result::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Result::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Result::Status::Unavailable;
    case QKeychain::OtherError:
        // QtKeychain 0.13 (Debian 12) has no isAvailable(); a missing Secret Service shows up as a D-Bus
        // failure reported as OtherError, so it is read as "no keychain" too.
        return CredentialStore::Result::Status::Unavailable;
    default:
        return CredentialStore::Result::Status::Failed;
    }
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

void KeychainCredentialStore::run(QKeychain::Job *job, const QString &key, QObject *context, Callback done)
{
    job->setKey(key);
    job->setInsecureFallback(false);
    // Jobs have no parent: libsecret calls back into a job even after its owner is gone, so a job lives
    // until it has finished and then deletes itself; the callback runs only while the context lives.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finishedJob) {
        Result result;
        result.status = statusOf(finishedJob->error());
        result.detail = finishedJob->errorString();
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob); readJob && result.isOk())
            result.secret = readJob->binaryData();
        if (!result.isOk() && result.status != Result::Status::NotFound)
            qCInfo(lcKeychain) << "keychain job failed:" << finishedJob->error() << result.detail;
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    run(job, key, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done));
}
