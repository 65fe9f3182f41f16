#include "core/crypto/Aead.h"

#include "core/crypto/NativeBackends.h"
#include "core/crypto/SecureRandom.h"

#include <sodium.h>

namespace vcdesk {

namespace {

const unsigned char *u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

Status checkKey(QByteArrayView key)
{
    if (!native::sodiumReady())
        return Error{QStringLiteral("crypto.unavailable"), Aead::tr("libsodium failed to start")};
    if (key.size() != Aead::kKeyBytes)
        return Error{QStringLiteral("aead.key"), Aead::tr("an encryption key has 32 bytes")};
    return {};
}

} // namespace

Result<QByteArray> Aead::seal(QByteArrayView key, QByteArrayView plaintext,
                              QByteArrayView associatedData)
{
    return sealWithNonce(key, SecureRandom::bytes(kNonceBytes), plaintext, associatedData);
}

Result<QByteArray> Aead::sealWithNonce(QByteArrayView key, QByteArrayView nonce,
                                       QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (auto ok = checkKey(key); !ok)
        return ok.error();
    if (nonce.size() != kNonceBytes)
        return Error{QStringLiteral("aead.nonce"), tr("a nonce has 24 bytes")};
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    std::memcpy(out.data(), nonce.data(), size_t(kNonceBytes));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data()) + kNonceBytes, &length, u8(plaintext),
        static_cast<unsigned long long>(plaintext.size()), u8(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, u8(nonce), u8(key));
    out.resize(kNonceBytes + qsizetype(length));
    return out;
}

Result<QByteArray> Aead::open(QByteArrayView key, QByteArrayView sealed,
                              QByteArrayView associatedData)
{
    if (auto ok = checkKey(key); !ok)
        return ok.error();
    if (sealed.size() < kNonceBytes + kTagBytes)
        return Error{QStringLiteral("aead.truncated"), tr("the encrypted data is truncated")};
    QByteArray out(sealed.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(out.data()), &length, nullptr,
            u8(sealed) + kNonceBytes, static_cast<unsigned long long>(sealed.size() - kNonceBytes),
            u8(associatedData), static_cast<unsigned long long>(associatedData.size()), u8(sealed),
            u8(key)) != 0) {
        sodium_memzero(out.data(), size_t(out.size()));
        return Error{QStringLiteral("aead.auth_failed"),
                     tr("the encrypted data was altered, or the key or its context is wrong")};
    }
    out.resize(qsizetype(length));
    return out;
}

} // namespace vcdesk
