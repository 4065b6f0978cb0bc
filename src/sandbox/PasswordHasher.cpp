#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Sandbox {

namespace {
constexpr int iterations = 20000;
constexpr int keyLength = 32;
constexpr int saltLength = 16;
}

PasswordHash PasswordHasher::hash(const QString &password)
{
    QByteArray salt(saltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltLength / int(sizeof(quint32)));
    return PasswordHash{salt, derive(password, salt)};
}

bool PasswordHasher::verify(const QString &password, const PasswordHash &stored)
{
    const QByteArray candidate = derive(password, stored.salt);
    // Constant-time comparison: every byte is looked at whatever the first difference.
    if (candidate.size() != stored.hash.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        difference = char(difference | (candidate.at(i) ^ stored.hash.at(i)));
    return difference == 0;
}

QByteArray PasswordHasher::derive(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, keyLength);
}

} // namespace Sandbox
