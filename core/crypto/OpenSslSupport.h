#pragma once

// Internal to core/crypto: small RAII and conversion helpers over OpenSSL 3.

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"

#include <QByteArray>

#include <memory>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace vcdesk::openssl {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BnDeleter
{
    void operator()(BIGNUM *p) const { BN_clear_free(p); }
};
struct GroupDeleter
{
    void operator()(EC_GROUP *p) const { EC_GROUP_free(p); }
};
struct PointDeleter
{
    void operator()(EC_POINT *p) const { EC_POINT_free(p); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *p) const { EVP_CIPHER_CTX_free(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;
using GroupPtr = std::unique_ptr<EC_GROUP, GroupDeleter>;
using PointPtr = std::unique_ptr<EC_POINT, PointDeleter>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

/// The last OpenSSL error as text (and clears the queue).
QString lastError();

// The EC helpers below take the key type (P-256, secp256k1 or P-384) and refuse Ed25519.

/// Parses a compressed or uncompressed point, checks it is on the curve and not infinity,
/// and returns it uncompressed (0x04 || X || Y).
Result<QByteArray> normalizePoint(KeyType type, QByteArrayView point);
/// d * G, uncompressed. d must already be in [1, n-1].
Result<QByteArray> derivePoint(KeyType type, QByteArrayView scalar);
/// True when 0 < d < n and d has keytype::ecCoordinateBytes(type) bytes.
bool scalarInRange(KeyType type, QByteArrayView scalar);

Result<PkeyPtr> ecPublicKey(KeyType type, QByteArrayView uncompressedPoint);
Result<PkeyPtr> ecPrivateKey(KeyType type, QByteArrayView scalar, QByteArrayView point);
Result<PkeyPtr> ed25519PublicKey(QByteArrayView raw);

/// JWS raw r||s (2 x size bytes) <-> DER ECDSA-Sig-Value.
QByteArray ecdsaRawToDer(QByteArrayView raw);
QByteArray ecdsaDerToRaw(QByteArrayView der, int size);

} // namespace vcdesk::openssl
