#include "NoKeychainCredentialStore.h"

#include <QTimer>

void NoKeychainCredentialStore::answerLater(QObject *context, Callback done)
{
    // Asynchronous like a real keychain, so callers behave the same with both.
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done({Result::Status::Unavailable, {}, QStringLiteral("no keychain on this system")});
    });
}

void NoKeychainCredentialStore::read(const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done));
}

void NoKeychainCredentialStore::write(const QString &, const QByteArray &, QObject *context, Callback done)
{
    answerLater(context, std::move(done));
}

void NoKeychainCredentialStore::remove(const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done));
}
