#include "core/crypto/Jwk.h"

#include "core/codec/Base64Url.h"
#include "core/common/DisplayText.h"
#include "core/crypto/Digest.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace vcdesk {

namespace {

Result<QByteArray> member(const QJsonObject &jwk, const QString &name, qsizetype size)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString())
        return Error{QStringLiteral("jwk.missing_member"),
                     Jwk::tr("the JWK has no \"%1\" string member").arg(name)};
    auto bytes = Base64Url::decode(value.toString().toLatin1());
    if (!bytes)
        return Error{QStringLiteral("jwk.encoding"),
                     Jwk::tr("JWK member \"%1\": %2").arg(name, bytes.error().message)};
    if (size >= 0 && bytes->size() != size)
        return Error{QStringLiteral("jwk.length"),
                     Jwk::tr("JWK member \"%1\" must have %2 bytes, not %3")
                         .arg(name)
                         .arg(size)
                         .arg(bytes->size())};
    return bytes;
}

Result<KeyType> keyTypeOf(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    const QString crv = jwk.value(QStringLiteral("crv")).toString();
    if (kty != QLatin1String("EC") && kty != QLatin1String("OKP"))
        return Error{
            QStringLiteral("jwk.unsupported_kty"),
            Jwk::tr("JWK key type \"%1\" is not a supported signature key type").arg(kty.left(32))};
    const auto type = keytype::fromJwkCurve(crv);
    if (!type)
        return Error{QStringLiteral("jwk.unsupported_curve"),
                     Jwk::tr("JWK curve \"%1\" is not supported (P-256, P-384, secp256k1, Ed25519)")
                         .arg(crv.left(32))};
    if (keytype::jwkKeyType(*type) != kty)
        return Error{QStringLiteral("jwk.kty_mismatch"),
                     Jwk::tr("curve %1 needs kty \"%2\", not \"%3\"")
                         .arg(crv, keytype::jwkKeyType(*type), kty)};
    return *type;
}

QByteArray toBytes(const QString &text)
{
    return text.toUtf8();
}

} // namespace

Result<PublicKey> Jwk::toPublicKey(const QJsonObject &jwk)
{
    auto type = keyTypeOf(jwk);
    if (!type)
        return type.error();
    const int size = keytype::ecCoordinateBytes(*type); // the Ed25519 key has 32 bytes too
    auto x = member(jwk, QStringLiteral("x"), size);
    if (!x)
        return x.error();
    if (*type == KeyType::Ed25519)
        return PublicKey::fromEncoded(*type, x.value());
    auto y = member(jwk, QStringLiteral("y"), size);
    if (!y)
        return y.error();
    return PublicKey::fromEncoded(*type, QByteArray(1, '\x04') + x.value() + y.value());
}

Result<PublicKey> Jwk::toVerificationKey(const QJsonObject &jwk)
{
    if (auto usage = checkVerifyUsage(jwk); !usage)
        return usage.error();
    auto key = toPublicKey(jwk);
    if (!key)
        return key;
    // RFC 7517 section 4.4, RFC 8725 section 3.1: a key that names its algorithm is used
    // with that one only.
    const QJsonValue alg = jwk.value(QStringLiteral("alg"));
    if (alg.isUndefined())
        return key;
    const QString expected = keytype::jwsAlgorithm(key->type());
    const bool fits = alg.isString() &&
                      (alg.toString() == expected || (key->type() == KeyType::Ed25519 &&
                                                      alg.toString() == QLatin1String("Ed25519")));
    if (!fits)
        return Error{
            QStringLiteral("jwk.alg"),
            tr("the key names the algorithm \"%1\", not %2, so it verifies nothing")
                .arg(DisplayText::escape(alg.isString() ? alg.toString() : QStringLiteral("?"), 24),
                     expected)};
    return key;
}

Status Jwk::checkVerifyUsage(const QJsonObject &jwk)
{
    const QJsonValue use = jwk.value(QStringLiteral("use"));
    if (!use.isUndefined() && !use.isString())
        return Error{QStringLiteral("jwk.use_malformed"),
                     tr("the key's \"use\" is not a string, so the key is refused")};
    if (use.isString() && use.toString() != QLatin1String("sig"))
        return Error{QStringLiteral("jwk.use"),
                     tr("the key's \"use\" is \"%1\": it is not meant for signatures, so it "
                        "verifies nothing")
                         .arg(DisplayText::escape(use.toString(), 16))};
    const QJsonValue keyOps = jwk.value(QStringLiteral("key_ops"));
    if (keyOps.isUndefined())
        return {};
    QSet<QString> ops; // a set: a hostile key's long list costs linear time, not quadratic
    bool wellFormed = keyOps.isArray();
    const QJsonArray list = keyOps.toArray();
    for (const QJsonValue &op : list) {
        if (!op.isString() || ops.contains(op.toString())) {
            wellFormed = false;
            break;
        }
        ops.insert(op.toString());
    }
    if (!wellFormed)
        return Error{QStringLiteral("jwk.key_ops_malformed"),
                     tr("the key's \"key_ops\" are not an array of distinct strings, so the key "
                        "is refused")};
    if (!ops.contains(QStringLiteral("verify")))
        return Error{QStringLiteral("jwk.key_ops"),
                     tr("the key's \"key_ops\" do not include \"verify\", so it verifies "
                        "nothing")};
    return {};
}

bool Jwk::hasPrivatePart(const QJsonObject &jwk)
{
    for (const char *secret : {"d", "p", "q", "dp", "dq", "qi", "oth", "k"}) {
        if (jwk.contains(QLatin1String(secret)))
            return true;
    }
    return false;
}

Result<PrivateKey> Jwk::toPrivateKey(const QJsonObject &jwk)
{
    auto pub = toPublicKey(jwk);
    if (!pub)
        return pub.error();
    auto d = member(jwk, QStringLiteral("d"), keytype::ecCoordinateBytes(pub->type()));
    if (!d)
        return d.error();
    auto key = PrivateKey::fromSecret(pub->type(), d.value());
    if (!key)
        return key.error();
    if (!(key->publicKey() == pub.value()))
        return Error{QStringLiteral("jwk.key_mismatch"),
                     tr("the JWK's private key \"d\" does not belong to its public key")};
    return key;
}

QJsonObject Jwk::fromPublicKey(const PublicKey &key)
{
    QJsonObject jwk;
    jwk.insert(QStringLiteral("kty"), keytype::jwkKeyType(key.type()));
    jwk.insert(QStringLiteral("crv"), keytype::jwkCurve(key.type()));
    const QByteArray encoded = key.encoded();
    if (key.type() == KeyType::Ed25519) {
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(encoded)));
    } else {
        const int size = keytype::ecCoordinateBytes(key.type()); // 0x04 || X || Y
        jwk.insert(QStringLiteral("x"),
                   QString::fromLatin1(Base64Url::encode(encoded.mid(1, size))));
        jwk.insert(QStringLiteral("y"),
                   QString::fromLatin1(Base64Url::encode(encoded.mid(1 + size, size))));
    }
    return jwk;
}

QJsonObject Jwk::fromPrivateKey(const PrivateKey &key)
{
    QJsonObject jwk = fromPublicKey(key.publicKey());
    jwk.insert(QStringLiteral("d"), QString::fromLatin1(Base64Url::encode(key.secret())));
    return jwk;
}

Result<QString> Jwk::thumbprint(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    QStringList required;
    if (kty == QLatin1String("EC"))
        required = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                    QStringLiteral("y")};
    else if (kty == QLatin1String("OKP"))
        required = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x")};
    else if (kty == QLatin1String("RSA"))
        required = {QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    else if (kty == QLatin1String("oct"))
        required = {QStringLiteral("k"), QStringLiteral("kty")};
    else
        return Error{QStringLiteral("jwk.unsupported_kty"),
                     tr("no thumbprint is defined for key type \"%1\"").arg(kty.left(32))};

    QByteArray canonical("{");
    for (const QString &name : required) {
        const QJsonValue value = jwk.value(name);
        if (!value.isString())
            return Error{QStringLiteral("jwk.missing_member"),
                         tr("the JWK has no \"%1\" string member").arg(name)};
        // Every required member is base64url or a curve name: nothing needs JSON escaping,
        // and anything that would is refused rather than escaped differently from others.
        const QString text = value.toString();
        for (QChar c : text) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == QLatin1Char('"') ||
                c == QLatin1Char('\\'))
                return Error{QStringLiteral("jwk.encoding"),
                             tr("JWK member \"%1\" has characters that need escaping").arg(name)};
        }
        if (canonical.size() > 1)
            canonical += ',';
        canonical += '"' + toBytes(name) + "\":\"" + toBytes(text) + '"';
    }
    canonical += '}';
    return QString::fromLatin1(Base64Url::encode(Digest::sha256(canonical)));
}

QString Jwk::thumbprint(const PublicKey &key)
{
    return thumbprint(fromPublicKey(key)).value();
}

} // namespace vcdesk
