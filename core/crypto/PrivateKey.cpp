#include "core/crypto/PrivateKey.h"

#include "core/crypto/Digest.h"
#include "core/crypto/NativeBackends.h"
#include "core/crypto/OpenSslSupport.h"
#include "core/crypto/SecureRandom.h"

#include <openssl/crypto.h>
#include <sodium.h>

namespace vcdesk {

struct PrivateKey::Material
{
    KeyType type = KeyType::P256;
    QByteArray secret;    // scalar or seed; wiped in the destructor
    QByteArray sodiumKey; // Ed25519 expanded secret key (seed || public); wiped too
    PublicKey publicKey;
    openssl::PkeyPtr pkey; // P-256/P-384 signing key

    ~Material()
    {
        wipe(secret);
        wipe(sodiumKey);
    }

    static void wipe(QByteArray &bytes)
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

namespace {

const unsigned char *u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

} // namespace

PrivateKey PrivateKey::generate(KeyType type)
{
    for (;;) {
        QByteArray secret = SecureRandom::bytes(keytype::ecCoordinateBytes(type));
        auto key = fromSecret(type, secret);
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        if (key)
            return key.value();
        // Only reachable for EC scalars >= n (probability ~2^-32 for P-256, far less for the
        // other curves): draw again.
    }
}

Result<PrivateKey> PrivateKey::fromSecret(KeyType type, QByteArrayView secret)
{
    if (secret.size() != keytype::ecCoordinateBytes(type))
        return Error{QStringLiteral("key.length"), tr("a %1 private key has %2 bytes, not %3")
                                                       .arg(keytype::jwkCurve(type))
                                                       .arg(keytype::ecCoordinateBytes(type))
                                                       .arg(secret.size())};
    auto material = std::make_shared<Material>();
    material->type = type;
    material->secret = secret.toByteArray();

    if (type == KeyType::Ed25519) {
        if (!native::sodiumReady())
            return Error{QStringLiteral("crypto.unavailable"), tr("libsodium failed to start")};
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        material->sodiumKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<unsigned char *>(material->sodiumKey.data()),
                                 u8(secret));
        auto pub = PublicKey::fromEncoded(type, pk);
        if (!pub)
            return pub.error();
        material->publicKey = pub.value();
    } else {
        if (!openssl::scalarInRange(type, secret))
            return Error{QStringLiteral("key.invalid"),
                         tr("the private key is not in the range of the curve's group order")};
        auto point = openssl::derivePoint(type, secret);
        if (!point)
            return point.error();
        auto pub = PublicKey::fromEncoded(type, point.value());
        if (!pub)
            return pub.error();
        material->publicKey = pub.value();
        if (type != KeyType::Secp256k1) { // libsecp256k1 signs with the secret itself
            auto pkey = openssl::ecPrivateKey(type, secret, point.value());
            if (!pkey)
                return pkey.error();
            material->pkey = std::move(pkey).value();
        }
    }
    PrivateKey key;
    key.m_d = std::move(material);
    return key;
}

KeyType PrivateKey::type() const
{
    return m_d ? m_d->type : KeyType::P256;
}

const PublicKey &PrivateKey::publicKey() const
{
    static const PublicKey null;
    return m_d ? m_d->publicKey : null;
}

QByteArray PrivateKey::secret() const
{
    return m_d ? m_d->secret : QByteArray();
}

Result<QByteArray> PrivateKey::sign(QByteArrayView message) const
{
    if (!m_d)
        return Error{QStringLiteral("key.null"), tr("no private key")};
    switch (m_d->type) {
    case KeyType::Ed25519: {
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, u8(message),
                             static_cast<unsigned long long>(message.size()), u8(m_d->sodiumKey));
        return sig;
    }
    case KeyType::Secp256k1: {
        const QByteArray digest = Digest::sha256(message);
        secp256k1_ecdsa_signature sig;
        // RFC 6979 deterministic nonces; the result is already low-S.
        if (secp256k1_ecdsa_sign(native::secp256k1Signing(), &sig, u8(digest), u8(m_d->secret),
                                 nullptr, nullptr) != 1)
            return Error{QStringLiteral("crypto.failure"), tr("libsecp256k1 could not sign")};
        QByteArray out(64, Qt::Uninitialized);
        secp256k1_ecdsa_signature_serialize_compact(
            native::secp256k1Verify(), reinterpret_cast<unsigned char *>(out.data()), &sig);
        return out;
    }
    case KeyType::P256:
    case KeyType::P384: {
        const EVP_MD *md = m_d->type == KeyType::P384 ? EVP_sha384() : EVP_sha256();
        openssl::MdCtxPtr ctx(EVP_MD_CTX_new());
        size_t length = 0;
        if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, m_d->pkey.get()) != 1 ||
            EVP_DigestSign(ctx.get(), nullptr, &length, u8(message), size_t(message.size())) != 1)
            return Error{QStringLiteral("crypto.failure"), openssl::lastError()};
        QByteArray der(qsizetype(length), Qt::Uninitialized);
        if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                           u8(message), size_t(message.size())) != 1)
            return Error{QStringLiteral("crypto.failure"), openssl::lastError()};
        der.resize(qsizetype(length));
        QByteArray raw = openssl::ecdsaDerToRaw(der, keytype::ecCoordinateBytes(m_d->type));
        if (raw.isEmpty())
            return Error{QStringLiteral("crypto.failure"), tr("could not encode the signature")};
        return raw;
    }
    }
    return Error{QStringLiteral("key.type"), tr("unknown key type")};
}

} // namespace vcdesk
