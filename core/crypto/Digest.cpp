#include "core/crypto/Digest.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace vcdesk {

QByteArray Digest::sha256(QByteArrayView data)
{
    // SHA256() fetches the algorithm from the provider on every call (OpenSSL 3); a signature
    // check hashes once, so that lookup was a visible part of verifying a token. EVP_MD objects
    // are immutable once fetched and safe to share between threads.
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    auto *digest = reinterpret_cast<unsigned char *>(out.data());
    unsigned int size = 0;
    if (!md || EVP_Digest(data.data(), size_t(data.size()), digest, &size, md, nullptr) != 1 ||
        size != SHA256_DIGEST_LENGTH)
        SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), digest);
    return out;
}

QByteArray Digest::sha384(QByteArrayView data)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA384", nullptr);
    QByteArray out(SHA384_DIGEST_LENGTH, Qt::Uninitialized);
    auto *digest = reinterpret_cast<unsigned char *>(out.data());
    unsigned int size = 0;
    if (!md || EVP_Digest(data.data(), size_t(data.size()), digest, &size, md, nullptr) != 1 ||
        size != SHA384_DIGEST_LENGTH)
        SHA384(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), digest);
    return out;
}

} // namespace vcdesk
