#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// JWE in compact serialization (RFC 7516), for encrypting to a recipient: key agreement
/// ECDH-ES (direct, RFC 7518 section 4.6: Concat KDF over the shared secret, no wrapped key)
/// with an ephemeral P-256 key, content encryption A128GCM or A256GCM. This is what
/// OpenID4VP's direct_post.jwt (and HAIP) ask a wallet to send. Decryption is not needed by
/// a wallet and is not offered.
class CompactJwe
{
    Q_DECLARE_TR_FUNCTIONS(CompactJwe)
public:
    /// `recipientJwk`: a public EC P-256 JWK. `header`: members to add (kid, apu, apv as
    /// base64url, typ); alg, enc and epk are set here.
    static Result<QByteArray> encryptEcdhEs(const QJsonObject &recipientJwk,
                                            QByteArrayView plaintext, const QString &enc,
                                            QJsonObject header = {});
    static bool supportsEnc(const QString &enc);

    /// The ECDH shared secret Z (x coordinate) of a P-256 key pair.
    static Result<QByteArray> sharedSecret(const PrivateKey &mine, const PublicKey &theirs);

    /// Concat KDF (NIST SP 800-56A, as RFC 7518 section 4.6.2 profiles it) with SHA-256.
    static QByteArray concatKdf(QByteArrayView sharedSecret, const QString &algorithmId,
                                QByteArrayView partyUInfo, QByteArrayView partyVInfo, int keyBits);
};

} // namespace vcdesk
