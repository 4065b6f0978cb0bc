#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Where secrets (passwords, session tokens) are kept: the OS keychain, or nowhere at all. Never a file.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status {
            Ok,
            NotFound,
            Unavailable, // no keychain on this system: the app asks for the password at each start
            Failed,
        };
        Status status = Status::Failed;
        QByteArray secret;
        QString detail; // for the log; never contains the secret

        bool isOk() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};
