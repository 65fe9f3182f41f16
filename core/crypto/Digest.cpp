#include "core/crypto/Digest.h"

#include <openssl/sha.h>

namespace vcdesk {

QByteArray Digest::sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
           reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace vcdesk
