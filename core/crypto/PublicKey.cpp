#include "core/crypto/PublicKey.h"

#include "core/common/RecentTable.h"
#include "core/crypto/Digest.h"
#include "core/crypto/NativeBackends.h"
#include "core/crypto/OpenSslSupport.h"

#include <QMutex>

#include <sodium.h>

namespace vcdesk {

struct PublicKey::Material
{
    KeyType type = KeyType::P256;
    QByteArray encoded; // uncompressed SEC1 point, or the raw Ed25519 key
    openssl::PkeyPtr pkey;
    secp256k1_pubkey secp{};
};

namespace {

Error mismatch()
{
    return Error{QStringLiteral("signature.mismatch"),
                 PublicKey::tr("the signature does not match the key and the signed data")};
}

const unsigned char *u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

} // namespace

Result<PublicKey> PublicKey::fromEncoded(KeyType type, QByteArrayView encoded)
{
    // Decoding an EC point costs about 400,000 instructions (OpenSSL decompresses and checks
    // it and builds its key, libsecp256k1 parses it again), and a batch decodes each issuer's
    // key several times: its did:key, then its DID document's verification method, then again
    // in the next batch. A key depends only on its type and bytes and never changes once
    // made, so the keys decoded last are kept (emptied when full; a failure is decoded, and
    // refused, every time). The table is never destroyed: its keys hold OpenSSL objects,
    // which must not be freed after OpenSSL's own clean-up at exit.
    struct RecentKeys
    {
        QMutex mutex;
        RecentTable<QByteArray, PublicKey, 64> keys;
    };
    static RecentKeys *const recent = new RecentKeys;
    QByteArray memoKey;
    memoKey.reserve(encoded.size() + 1);
    memoKey.append(char(type)).append(encoded);
    {
        QMutexLocker lock(&recent->mutex);
        if (const PublicKey *found = recent->keys.find(memoKey))
            return *found;
    }
    auto decoded = decode(type, encoded);
    if (decoded) {
        QMutexLocker lock(&recent->mutex);
        recent->keys.remember(memoKey, decoded.value());
    }
    return decoded;
}

Result<PublicKey> PublicKey::decode(KeyType type, QByteArrayView encoded)
{
    auto material = std::make_shared<Material>();
    material->type = type;
    if (type == KeyType::Ed25519) {
        if (encoded.size() != crypto_sign_PUBLICKEYBYTES)
            return Error{QStringLiteral("key.length"),
                         tr("an Ed25519 public key has 32 bytes, not %1").arg(encoded.size())};
        auto pkey = openssl::ed25519PublicKey(encoded);
        if (!pkey)
            return pkey.error();
        material->pkey = std::move(pkey).value();
        material->encoded = encoded.toByteArray();
    } else {
        // Checked before OpenSSL parses anything: a point of another curve's size is refused here.
        const int bytes = keytype::ecCoordinateBytes(type);
        if (encoded.size() != 1 + bytes && encoded.size() != 1 + 2 * bytes)
            return Error{QStringLiteral("key.length"),
                         tr("a %1 public key has %2 or %3 bytes, not %4")
                             .arg(keytype::jwkCurve(type))
                             .arg(1 + bytes)
                             .arg(1 + 2 * bytes)
                             .arg(encoded.size())};
        auto point = openssl::normalizePoint(type, encoded);
        if (!point)
            return Error{
                point.error().code,
                tr("the public key is not a valid point on %1").arg(keytype::jwkCurve(type))};
        auto pkey = openssl::ecPublicKey(type, point.value());
        if (!pkey)
            return pkey.error();
        material->pkey = std::move(pkey).value();
        material->encoded = point.value();
        if (type == KeyType::Secp256k1 &&
            secp256k1_ec_pubkey_parse(native::secp256k1Verify(), &material->secp,
                                      u8(material->encoded), size_t(material->encoded.size())) != 1)
            return Error{QStringLiteral("key.invalid_point"), tr("libsecp256k1 refused the key")};
    }
    PublicKey key;
    key.m_d = std::move(material);
    return key;
}

KeyType PublicKey::type() const
{
    return m_d ? m_d->type : KeyType::P256;
}

QByteArray PublicKey::encoded(bool compressed) const
{
    if (!m_d)
        return {};
    if (!compressed || m_d->type == KeyType::Ed25519)
        return m_d->encoded;
    // 0x04 || X || Y becomes 0x02 or 0x03 (the parity of Y) || X.
    const int bytes = keytype::ecCoordinateBytes(m_d->type);
    QByteArray out;
    const bool odd = (static_cast<unsigned char>(m_d->encoded.back()) & 1) != 0;
    out.append(char(odd ? 0x03 : 0x02));
    out.append(m_d->encoded.mid(1, bytes));
    return out;
}

bool PublicKey::operator==(const PublicKey &other) const
{
    if (!m_d || !other.m_d)
        return m_d == other.m_d;
    return m_d->type == other.m_d->type && m_d->encoded == other.m_d->encoded;
}

Status PublicKey::verify(QByteArrayView message, QByteArrayView signature,
                         CryptoBackend backend) const
{
    if (!m_d)
        return Error{QStringLiteral("key.null"), tr("no public key")};
    if (signature.size() != keytype::signatureBytes(m_d->type))
        return Error{QStringLiteral("signature.length"),
                     tr("a %1 signature has %2 bytes, not %3")
                         .arg(keytype::jwsAlgorithm(m_d->type))
                         .arg(keytype::signatureBytes(m_d->type))
                         .arg(signature.size())};
    if (m_d->type == KeyType::P384)
        return verifyDigest(Digest::sha384(message), signature, backend);
    if (m_d->type != KeyType::Ed25519)
        return verifyDigest(Digest::sha256(message), signature, backend);

    if (keytype::resolveBackend(m_d->type, backend) == CryptoBackend::LibSodium) {
        if (!native::sodiumReady())
            return Error{QStringLiteral("crypto.unavailable"), tr("libsodium failed to start")};
        if (crypto_sign_verify_detached(u8(signature), u8(message),
                                        static_cast<unsigned long long>(message.size()),
                                        u8(m_d->encoded)) != 0)
            return mismatch();
        return {};
    }
    openssl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_d->pkey.get()) != 1)
        return Error{QStringLiteral("crypto.failure"), openssl::lastError()};
    const int rc = EVP_DigestVerify(ctx.get(), u8(signature), size_t(signature.size()), u8(message),
                                    size_t(message.size()));
    if (rc != 1) {
        ERR_clear_error();
        return mismatch();
    }
    return {};
}

Status PublicKey::verifyDigest(QByteArrayView digest, QByteArrayView signature,
                               CryptoBackend backend) const
{
    if (!m_d || m_d->type == KeyType::Ed25519)
        return Error{QStringLiteral("key.type"), tr("digest verification needs an ECDSA key")};
    const int bytes = keytype::ecCoordinateBytes(m_d->type);
    // The digest is as long as r or s: SHA-256, or SHA-384 for P-384.
    if (signature.size() != 2 * bytes || digest.size() != bytes)
        return Error{QStringLiteral("signature.length"),
                     tr("a %1 signature has %2 bytes, over a %3-byte digest")
                         .arg(keytype::jwsAlgorithm(m_d->type))
                         .arg(2 * bytes)
                         .arg(bytes)};
    // r and s must lie in [1, n-1]; checked here so every backend refuses the same values.
    if (!openssl::scalarInRange(m_d->type, signature.first(bytes)) ||
        !openssl::scalarInRange(m_d->type, signature.sliced(bytes)))
        return Error{QStringLiteral("signature.range"),
                     tr("the signature values lie outside the curve's group order")};

    if (keytype::resolveBackend(m_d->type, backend) == CryptoBackend::LibSecp256k1) {
        secp256k1_ecdsa_signature sig;
        const secp256k1_context *ctx = native::secp256k1Verify();
        if (secp256k1_ecdsa_signature_parse_compact(ctx, &sig, u8(signature)) != 1)
            return mismatch();
        // libsecp256k1 only accepts low-S; JOSE allows either, so normalize first.
        secp256k1_ecdsa_signature_normalize(ctx, &sig, &sig);
        if (secp256k1_ecdsa_verify(ctx, &sig, u8(digest), &m_d->secp) != 1)
            return mismatch();
        return {};
    }

    const QByteArray der = openssl::ecdsaRawToDer(signature);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new(m_d->pkey.get(), nullptr), &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), m_d->type == KeyType::P384 ? EVP_sha384()
                                                                            : EVP_sha256()) != 1)
        return Error{QStringLiteral("crypto.failure"), openssl::lastError()};
    if (EVP_PKEY_verify(ctx.get(), u8(der), size_t(der.size()), u8(digest),
                        size_t(digest.size())) != 1) {
        ERR_clear_error();
        return mismatch();
    }
    return {};
}

} // namespace vcdesk
