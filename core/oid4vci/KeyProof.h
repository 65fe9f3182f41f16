#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/CredentialConfiguration.h"
#include "core/oid4vp/HolderKeyring.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// The proof that the wallet holds the key a credential will be bound to (OpenID4VCI 1.0
/// appendix F.1, proof type jwt): typ openid4vci-proof+jwt, the key named by its DID URL (kid)
/// when the configuration binds to that DID method, else given as a jwk when it binds to
/// "jwk"; aud the credential issuer, iat now, nonce the issuer's c_nonce (when it has a nonce
/// endpoint), iss the client id when the wallet has one (not for anonymous pre-authorized
/// access). The algorithm must be one the configuration accepts. Codes vci.proof_*.
class KeyProof
{
    Q_DECLARE_TR_FUNCTIONS(KeyProof)
public:
    enum class KeyReference { DidUrl, Jwk };

    /// How `signer` can be named for `configuration`, or why it cannot be used with it.
    static Result<KeyReference> referenceFor(const HolderKeyring::Signer &signer,
                                             const CredentialConfiguration &configuration);
    static Result<QByteArray> sign(const HolderKeyring::Signer &signer,
                                   const CredentialConfiguration &configuration,
                                   const QString &audience, const QString &nonce,
                                   const QString &clientId = {});
};

} // namespace vcdesk
