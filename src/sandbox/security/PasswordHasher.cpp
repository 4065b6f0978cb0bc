#include "security/PasswordHasher.h"

#include "ConstantTime.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <argon2.h>

namespace Sandbox {

namespace {
// OWASP Password Storage Cheat Sheet, Argon2id: m = 19 MiB, t = 2, p = 1.
constexpr uint32_t timeCost = 2;
constexpr uint32_t memoryCostKiB = 19 * 1024;
constexpr uint32_t lanes = 1;
constexpr size_t hashLength = 32;
constexpr size_t saltLength = 16;
constexpr QByteArrayView argon2idPrefix = "$argon2id$";

constexpr int legacyIterations = 20000;
constexpr int legacyKeyLength = 32;

QByteArray randomSalt()
{
    QByteArray salt(saltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          qsizetype(saltLength / sizeof(quint32)));
    return salt;
}

const PasswordHash &decoy()
{
    // Hashed once, from a password nobody types: verifying against it costs what a real one does.
    static const PasswordHash hash = PasswordHasher::hash(QStringLiteral("decoy-for-unknown-logins"));
    return hash;
}
} // namespace

PasswordHash PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = randomSalt();
    QByteArray encoded(qsizetype(argon2_encodedlen(timeCost, memoryCostKiB, lanes, saltLength, hashLength,
                                                   Argon2_id)),
                       Qt::Uninitialized);
    const int result = argon2id_hash_encoded(timeCost, memoryCostKiB, lanes, utf8.constData(), size_t(utf8.size()),
                                             salt.constData(), size_t(salt.size()), hashLength, encoded.data(),
                                             size_t(encoded.size()));
    if (result != ARGON2_OK)
        qFatal("Argon2id failed: %s", argon2_error_message(result));
    encoded.truncate(qstrnlen(encoded.constData(), encoded.size()));
    return PasswordHash{QByteArray(""), encoded}; // empty, not NULL: the column is NOT NULL
}

bool PasswordHasher::verify(const QString &password, const PasswordHash &stored)
{
    if (isOutdated(stored))
        return verifyLegacy(password, stored);
    if (!stored.hash.startsWith(argon2idPrefix))
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = stored.hash + '\0';
    // The library compares the derived hash in constant time.
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

bool PasswordHasher::isOutdated(const PasswordHash &stored)
{
    return !stored.salt.isEmpty() && !stored.hash.startsWith(argon2idPrefix);
}

void PasswordHasher::spendVerificationTime(const QString &password)
{
    (void)verify(password, decoy());
}

bool PasswordHasher::verifyLegacy(const QString &password, const PasswordHash &stored)
{
    const QByteArray candidate = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), stored.salt, legacyIterations, legacyKeyLength);
    return constantTimeEquals(candidate, stored.hash);
}

} // namespace Sandbox
