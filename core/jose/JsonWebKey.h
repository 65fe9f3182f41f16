#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"
#include "core/jose/AlgorithmPolicy.h"
#include "core/jose/CompactJws.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace vcdesk {

/// Any JWK a JOSE verifier may meet: EC/OKP signature keys, and (for general JOSE only)
/// oct HMAC secrets and RSA public keys. Private members are read only to derive the
/// public part; nothing here signs.
///
/// Refused at verification: a key whose "use" is not "sig", whose "key_ops" lack "verify"
/// (RFC 7517 sections 4.2-4.3, as Jwk::checkVerifyUsage; malformed "use"/"key_ops" too),
/// whose "alg" differs from the token's, whose type does not fit the algorithm, HMAC secrets
/// shorter than the hash, RSA moduli under 2048 bits, exponents below 3 or even, and RSA keys
/// with the ROCA weakness (CVE-2017-15361).
class JsonWebKey
{
    Q_DECLARE_TR_FUNCTIONS(JsonWebKey)
public:
    enum class Kind { Signature, Hmac, Rsa };

    static Result<JsonWebKey> fromJson(const QJsonObject &jwk);

    Kind kind() const { return m_kind; }
    const QString &keyId() const { return m_kid; }
    bool hadPrivateMembers() const { return m_private; }

    Status verify(const CompactJws &jws, const AlgorithmPolicy &policy) const;

    struct RsaKey;

private:
    Status checkUsage(const QString &alg) const;
    Status verifyHmac(const CompactJws &jws) const;
    Status verifyRsa(const CompactJws &jws) const;

    Kind m_kind = Kind::Signature;
    QString m_kid;
    QString m_alg;
    Status m_usage; // Jwk::checkVerifyUsage
    bool m_private = false;
    PublicKey m_publicKey;
    QByteArray m_secret;
    std::shared_ptr<const RsaKey> m_rsa;
};

} // namespace vcdesk
