#include "Sha256.h"

#include <QFile>
#include <QIODevice>

#include <openssl/evp.h>

#include <array>

namespace {
constexpr qint64 ReadChunk = 1 << 20;

[[noreturn]] void libcryptoFailed()
{
    // Only an out-of-memory or a broken libcrypto gets here; a wrong hash would be worse than stopping.
    qFatal("libcrypto could not compute SHA-256");
}
} // namespace

void Sha256::ContextDeleter::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context)
        libcryptoFailed();
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        libcryptoFailed();
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size())) != 1)
        libcryptoFailed();
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(buffer.data(), buffer.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device->atEnd();
        addData(QByteArrayView(buffer.constData(), read));
    }
}

QByteArray Sha256::hexResult()
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest.data(), &length) != 1)
        libcryptoFailed();
    reset();
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(length)).toHex();
}

QByteArray Sha256::hexOf(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

QByteArray Sha256::hexOfFile(const QString &path)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.hexResult();
}
