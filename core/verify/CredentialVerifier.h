#pragma once

#include "core/credential/Credential.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Runs the checks that apply to one credential or presentation (not its embedded
/// credentials; CredentialInspector handles those): SignatureVerification, IssuerIsSigner,
/// Disclosures and KeyBinding (SD-JWT), ClaimsConsistency, ValidityPeriod.
class CredentialVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CredentialVerifier)
public:
    static ValidationReport verify(const Credential &credential, const InspectOptions &options,
                                   QJsonObject *signer = nullptr);

private:
    static void checkDisclosures(const Credential &credential, const InspectOptions &options,
                                 ValidationReport &report);
};

} // namespace vcdesk
