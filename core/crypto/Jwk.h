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
    static Result<PrivateKey> toPrivateKey(const QJsonObject &jwk);
    static QJsonObject fromPublicKey(const PublicKey &key);
    static QJsonObject fromPrivateKey(const PrivateKey &key);

    /// RFC 7638 thumbprint (base64url SHA-256 of the required members, sorted, no spaces)
    /// for EC, OKP, RSA and oct keys.
    static Result<QString> thumbprint(const QJsonObject &jwk);
    static QString thumbprint(const PublicKey &key);
};

} // namespace vcdesk
