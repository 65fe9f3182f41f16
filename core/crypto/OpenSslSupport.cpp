#include "core/crypto/OpenSslSupport.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

namespace vcdesk::openssl {

namespace {

struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamDeleter
{
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
struct SigDeleter
{
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
};

struct EcCurve
{
    GroupPtr group;
    const char *name; // OpenSSL group name
    QByteArray order; // the group order n, big-endian, ecCoordinateBytes(type) long
};

/// The curve of an EC key type, or nullptr for Ed25519.
const EcCurve *ecCurve(KeyType type)
{
    // Immutable after creation, so one per curve is shared by all threads.
    static const EcCurve p256{
        GroupPtr(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1)), "prime256v1",
        QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")};
    static const EcCurve k256{
        GroupPtr(EC_GROUP_new_by_curve_name(NID_secp256k1)), "secp256k1",
        QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")};
    static const EcCurve p384{
        GroupPtr(EC_GROUP_new_by_curve_name(NID_secp384r1)), "secp384r1",
        QByteArray::fromHex("ffffffffffffffffffffffffffffffffffffffffffffffff"
                            "c7634d81f4372ddf581a0db248b0a77aecec196accc52973")};
    switch (type) {
    case KeyType::P256:
        return &p256;
    case KeyType::Secp256k1:
        return &k256;
    case KeyType::P384:
        return &p384;
    case KeyType::Ed25519:
        return nullptr;
    }
    return nullptr;
}

Error notAnEcKey()
{
    return Error{QStringLiteral("key.type"), QStringLiteral("not an EC key type")};
}

/// Size of an uncompressed point: 0x04 || X || Y.
int uncompressedSize(KeyType type)
{
    return 1 + 2 * keytype::ecCoordinateBytes(type);
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

Result<PkeyPtr> fromData(const char *type, OSSL_PARAM *params, int selection)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, selection, params) != 1)
        return Error{QStringLiteral("key.invalid"), lastError()};
    return PkeyPtr(key);
}

} // namespace

QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("OpenSSL operation failed");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

Result<QByteArray> normalizePoint(KeyType type, QByteArrayView point)
{
    const EcCurve *curve = ecCurve(type);
    if (!curve)
        return notAnEcKey();
    const EC_GROUP *g = curve->group.get();
    PointPtr p(EC_POINT_new(g));
    // oct2point checks that the point lies on the curve.
    if (!p || EC_POINT_oct2point(g, p.get(), bytes(point), size_t(point.size()), nullptr) != 1 ||
        EC_POINT_is_at_infinity(g, p.get())) {
        ERR_clear_error();
        return Error{QStringLiteral("key.invalid_point"),
                     QStringLiteral("the public key is not a point on the curve")};
    }
    const int size = uncompressedSize(type);
    QByteArray out(size, Qt::Uninitialized);
    if (EC_POINT_point2oct(g, p.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(out.data()), size_t(size),
                           nullptr) != size_t(size))
        return Error{QStringLiteral("key.invalid_point"), lastError()};
    return out;
}

bool scalarInRange(KeyType type, QByteArrayView scalar)
{
    // Byte comparison against the group order: this runs twice per signature check, so no
    // BIGNUM allocations. Callers pass big-endian values of the curve's size.
    const EcCurve *curve = ecCurve(type);
    if (!curve || scalar.size() != curve->order.size())
        return false;
    bool zero = true;
    for (char c : scalar)
        zero = zero && c == 0;
    return !zero && QByteArrayView(scalar) < QByteArrayView(curve->order);
}

Result<QByteArray> derivePoint(KeyType type, QByteArrayView scalar)
{
    const EcCurve *curve = ecCurve(type);
    if (!curve)
        return notAnEcKey();
    const EC_GROUP *g = curve->group.get();
    BnPtr d(BN_bin2bn(bytes(scalar), int(scalar.size()), nullptr));
    PointPtr p(EC_POINT_new(g));
    const int size = uncompressedSize(type);
    QByteArray out(size, Qt::Uninitialized);
    if (!d || !p || EC_POINT_mul(g, p.get(), d.get(), nullptr, nullptr, nullptr) != 1 ||
        EC_POINT_point2oct(g, p.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(out.data()), size_t(size),
                           nullptr) != size_t(size))
        return Error{QStringLiteral("key.invalid"), lastError()};
    return out;
}

Result<PkeyPtr> ecPublicKey(KeyType type, QByteArrayView point)
{
    const EcCurve *curve = ecCurve(type);
    if (!curve)
        return notAnEcKey();
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->name, 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                     size_t(point.size()));
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld.get()));
    return fromData("EC", params.get(), EVP_PKEY_PUBLIC_KEY);
}

Result<PkeyPtr> ecPrivateKey(KeyType type, QByteArrayView scalar, QByteArrayView point)
{
    const EcCurve *curve = ecCurve(type);
    if (!curve)
        return notAnEcKey();
    BnPtr d(BN_bin2bn(bytes(scalar), int(scalar.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->name, 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                     size_t(point.size()));
    OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get());
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld.get()));
    return fromData("EC", params.get(), EVP_PKEY_KEYPAIR);
}

Result<PkeyPtr> ed25519PublicKey(QByteArrayView raw)
{
    EVP_PKEY *key =
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), size_t(raw.size()));
    if (!key)
        return Error{QStringLiteral("key.invalid"), lastError()};
    return PkeyPtr(key);
}

QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    const int half = int(raw.size() / 2);
    std::unique_ptr<ECDSA_SIG, SigDeleter> sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes(raw), half, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray ecdsaDerToRaw(QByteArrayView der, int size)
{
    const unsigned char *p = bytes(der);
    std::unique_ptr<ECDSA_SIG, SigDeleter> sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return {};
    QByteArray out(2 * size, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), o, size) != size ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), o + size, size) != size)
        return {};
    return out;
}

} // namespace vcdesk::openssl
