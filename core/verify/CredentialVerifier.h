#pragma once

#include "core/credential/Credential.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Runs the checks that apply to one credential or presentation (not its embedded
/// credentials; CredentialInspector handles those): SignatureVerification, IssuerIsSigner,
/// Disclosures and KeyBinding (SD-JWT), ClaimsConsistency, ValidityPeriod, then
/// CredentialStatus and SchemaConformance (fetched only for a credential whose signature
/// verified, by its issuer, and whose issuer the trust list accepts) and
/// TrustRegistryMembership.
class CredentialVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CredentialVerifier)
public:
    static ValidationReport verify(const Credential &credential, const InspectOptions &options,
                                   QJsonObject *signer = nullptr, PublicKey *signerKey = nullptr);

private:
    /// Status lists and schemas, only for a credential whose signature verified, made by its
    /// issuer, and whose issuer is trusted (when a trust list is in use); else "not looked
    /// up" (unknown).
    static void lookUpStatusAndSchemas(const Credential &credential, const InspectOptions &options,
                                       bool untrusted, ValidationReport &report);
    static void checkDisclosures(const Credential &credential, const InspectOptions &options,
                                 ValidationReport &report);
};

} // namespace vcdesk
