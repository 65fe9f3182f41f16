#pragma once

#include "core/jose/CompactJws.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// SignatureVerification (and IssuerIsSigner) for a JWS: finds the signing key from the
/// trusted key or the DIDs the token names, verifies, and checks that the DID authorizes the
/// key for `relationship` (assertionMethod for credentials, authentication for
/// presentations; empty for plain tokens: any relationship).
class JwsSignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(JwsSignatureCheck)
public:
    /// Adds the checks to `report`; returns what is known of the signer (may be empty) and
    /// sets `key`, when given, to the key that verified the signature.
    static QJsonObject run(const CompactJws &jws, const QString &issuer,
                           const QString &relationship, const InspectOptions &options,
                           ValidationReport &report, PublicKey *key = nullptr);
};

} // namespace vcdesk
