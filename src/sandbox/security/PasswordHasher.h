#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

// What the organisations table keeps of a password: an Argon2id string in the PHC format (salt and
// parameters inside, salt column empty), or, in databases from before, a PBKDF2 salt and hash.
struct PasswordHash
{
    QByteArray salt;
    QByteArray hash;
};

// Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane); passwords are never stored as given.
class PasswordHasher
{
public:
    static PasswordHash hash(const QString &password);
    static bool verify(const QString &password, const PasswordHash &stored);
    // Stored in the old form (PBKDF2, 20,000 rounds): to be hashed again at the next good log-in.
    static bool isOutdated(const PasswordHash &stored);
    // The same work as verifying a real password, spent when the login does not exist, so that
    // the time of an answer does not tell which logins exist.
    static void spendVerificationTime(const QString &password);

private:
    static bool verifyLegacy(const QString &password, const PasswordHash &stored);
};

} // namespace Sandbox
