#include "core/crypto/Digest.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace vcdesk {

namespace {

/// `name`'s digest of `data`. The algorithm is fetched once per process: a fetch per call
/// (what SHA256() does in OpenSSL 3) was a visible part of verifying a token. EVP_MD
/// objects are immutable once fetched and safe to share between threads.
QByteArray digest(const EVP_MD *md, int size, QByteArrayView data,
                  unsigned char *(*fallback)(const unsigned char *, size_t, unsigned char *))
{
    QByteArray out(size, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    unsigned int written = 0;
    if (!md || EVP_Digest(data.data(), size_t(data.size()), bytes, &written, md, nullptr) != 1 ||
        int(written) != size)
        fallback(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), bytes);
    return out;
}

} // namespace

QByteArray Digest::sha256(QByteArrayView data)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return digest(md, SHA256_DIGEST_LENGTH, data, SHA256);
}

QByteArray Digest::sha384(QByteArrayView data)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA384", nullptr);
    return digest(md, SHA384_DIGEST_LENGTH, data, SHA384);
}

} // namespace vcdesk
