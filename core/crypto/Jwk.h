#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// JSON Web Keys (RFC 7517, RFC 7518 section 6, RFC 8037) for the signature key types, and
/// JWK thumbprints (RFC 7638).
///
/// Import is strict: kty must match crv, coordinates must be canonical base64url of exactly
/// the curve's size, points must be on the curve, and a private "d" must match "x"/"y".
class Jwk
{
    Q_DECLARE_TR_FUNCTIONS(Jwk)
public:
    static Result<PublicKey> toPublicKey(const QJsonObject &jwk);
    /// toPublicKey for a key that is about to verify something: also refused unless
    /// checkVerifyUsage allows it, and when its "alg" names another algorithm than the
    /// key's (jwk.alg).
    static Result<PublicKey> toVerificationKey(const QJsonObject &jwk);
    /// RFC 7517 sections 4.2 and 4.3: a key may verify signatures only if its "use", when
    /// present, is "sig" (else jwk.use) and its "key_ops", when present, include "verify"
    /// (else jwk.key_ops). A "use" that is not a string (jwk.use_malformed) and "key_ops" that
    /// are not an array of unique strings (jwk.key_ops_malformed) are refused too.
    static Status checkVerifyUsage(const QJsonObject &jwk);
    /// True if the JWK carries private key material (RFC 7518: "d", the RSA primes and CRT
    /// members, "oth", or a symmetric "k"). A key published for others to verify with must
    /// not: anyone who read it could sign.
    static bool hasPrivatePart(const QJsonObject &jwk);
    static Result<PrivateKey> toPrivateKey(const QJsonObject &jwk);
    static QJsonObject fromPublicKey(const PublicKey &key);
    static QJsonObject fromPrivateKey(const PrivateKey &key);

    /// RFC 7638 thumbprint (base64url SHA-256 of the required members, sorted, no spaces)
    /// for EC, OKP, RSA and oct keys.
    static Result<QString> thumbprint(const QJsonObject &jwk);
    static QString thumbprint(const PublicKey &key);
};

} // namespace vcdesk
