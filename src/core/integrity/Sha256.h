#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;
struct evp_md_ctx_st;

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where there are any. Qt 6.4's
// QCryptographicHash is a portable C implementation about ten times slower, and every downloaded
// document is hashed on its way to disk, so the hash would otherwise cap the download speed.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // Reads the device to its end; false when it could not be read.
    bool addData(QIODevice *device);
    // Lower-case hex, as the operator announces it and the archive records it.
    QByteArray hexResult();

    static QByteArray hexOf(QByteArrayView data);
    // Empty when the file cannot be read.
    static QByteArray hexOfFile(const QString &path);

private:
    struct ContextDeleter
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, ContextDeleter> m_context;
};
