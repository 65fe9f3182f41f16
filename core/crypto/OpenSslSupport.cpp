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

const EC_GROUP *group(bool secp256k1)
{
    // Groups are immutable after creation, so one per curve is shared by all threads.
    static const GroupPtr p256(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    static const GroupPtr k256(EC_GROUP_new_by_curve_name(NID_secp256k1));
    return secp256k1 ? k256.get() : p256.get();
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

int curveNid(bool secp256k1)
{
    return secp256k1 ? NID_secp256k1 : NID_X9_62_prime256v1;
}

const char *groupName(bool secp256k1)
{
    return secp256k1 ? "secp256k1" : "prime256v1";
}

Result<QByteArray> normalizePoint(bool secp256k1, QByteArrayView point)
{
    const EC_GROUP *g = group(secp256k1);
    PointPtr p(EC_POINT_new(g));
    // oct2point checks that the point lies on the curve.
    if (!p || EC_POINT_oct2point(g, p.get(), bytes(point), size_t(point.size()), nullptr) != 1 ||
        EC_POINT_is_at_infinity(g, p.get())) {
        ERR_clear_error();
        return Error{QStringLiteral("key.invalid_point"),
                     QStringLiteral("the public key is not a point on the curve")};
    }
    QByteArray out(65, Qt::Uninitialized);
    if (EC_POINT_point2oct(g, p.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(out.data()), 65, nullptr) != 65)
        return Error{QStringLiteral("key.invalid_point"), lastError()};
    return out;
}

bool scalarInRange(bool secp256k1, QByteArrayView scalar)
{
    // Byte comparison against the group order: this runs twice per signature check, so no
    // BIGNUM allocations. Callers pass 32-byte big-endian values.
    static const QByteArray p256Order =
        QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    static const QByteArray k256Order =
        QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    if (scalar.size() != 32)
        return false;
    bool zero = true;
    for (char c : scalar)
        zero = zero && c == 0;
    return !zero && QByteArrayView(scalar) < QByteArrayView(secp256k1 ? k256Order : p256Order);
}

Result<QByteArray> derivePoint(bool secp256k1, QByteArrayView scalar)
{
    const EC_GROUP *g = group(secp256k1);
    BnPtr d(BN_bin2bn(bytes(scalar), int(scalar.size()), nullptr));
    PointPtr p(EC_POINT_new(g));
    QByteArray out(65, Qt::Uninitialized);
    if (!d || !p || EC_POINT_mul(g, p.get(), d.get(), nullptr, nullptr, nullptr) != 1 ||
        EC_POINT_point2oct(g, p.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(out.data()), 65, nullptr) != 65)
        return Error{QStringLiteral("key.invalid"), lastError()};
    return out;
}

Result<PkeyPtr> ecPublicKey(bool secp256k1, QByteArrayView point)
{
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName(secp256k1), 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                     size_t(point.size()));
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld.get()));
    return fromData("EC", params.get(), EVP_PKEY_PUBLIC_KEY);
}

Result<PkeyPtr> ecPrivateKey(bool secp256k1, QByteArrayView scalar, QByteArrayView point)
{
    BnPtr d(BN_bin2bn(bytes(scalar), int(scalar.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName(secp256k1), 0);
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
