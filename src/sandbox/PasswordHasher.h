#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

struct PasswordHash
{
    QByteArray salt;
    QByteArray hash;
};

// Salted PBKDF2-HMAC-SHA256; passwords are never stored as given.
class PasswordHasher
{
public:
    static PasswordHash hash(const QString &password);
    static bool verify(const QString &password, const PasswordHash &stored);

private:
    static QByteArray derive(const QString &password, const QByteArray &salt);
};

} // namespace Sandbox
