#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/AuthorizationRequest.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/HolderKeyring.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// A JSON-LD credential (ldp_vc) presented as a W3C VerifiablePresentation secured with a Data
/// Integrity proof by the holder's key (OpenID4VP ldp_vp): the credential embedded as it was
/// issued, "holder" the signer's DID, and a DataIntegrityProof with proofPurpose
/// authentication, challenge = the request's nonce, domain = its client_id, created now and
/// expires with the answer. An Ed25519 key signs eddsa-rdfc-2022, a P-256 key
/// ecdsa-rdfc-2019; a secp256k1 key cannot ("oid4vp.no_binding_key"). The presentation takes
/// the VC version of its credential: credentials v2, or v1 with the data integrity context.
/// Its contexts are those vcdesk carries (a credential using any other cannot be presented
/// yet: "jsonld.context_not_available").
class DataIntegrityPresentation
{
    Q_DECLARE_TR_FUNCTIONS(DataIntegrityPresentation)
public:
    static constexpr qint64 kLifetimeSeconds = 300;

    static Result<QJsonObject> build(const HeldCredential &credential,
                                     const HolderKeyring::Signer &signer,
                                     const AuthorizationRequest &request, qint64 now);

private:
    /// The @context of a presentation of `credential`: v2 when it is a VC 2.0 credential, v1
    /// and data integrity v2 when 1.1; "oid4vp.unsupported_format" otherwise.
    static Result<QJsonArray> contextFor(const QJsonObject &credential);
};

} // namespace vcdesk
