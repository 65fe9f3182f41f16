#pragma once

#include "core/oid4vp/AuthorizationRequest.h"
#include "core/oid4vp/Consent.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/PresentationMatch.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Builds the Consent a holder must see before agreeing: the verifier (client_id, how it was
/// authenticated, its own name and logo, the trust list's name), the purpose, and per request
/// part whether it is required, what it asks, and per candidate credential exactly which
/// claims (with values) would leave the wallet.
class ConsentSummary
{
    Q_DECLARE_TR_FUNCTIONS(ConsentSummary)
public:
    static Consent of(const AuthorizationRequest &request, const PresentationMatch &match,
                      const QList<HeldCredential> &wallet);
    /// of(...).toJson() (without notSearched, which only the session knows).
    static QJsonObject toJson(const AuthorizationRequest &request, const PresentationMatch &match,
                              const QList<HeldCredential> &wallet);
    static QJsonObject verifierJson(const VerifierIdentity &identity)
    {
        return Consent::verifierJson(identity);
    }

private:
    static Consent::Candidate candidate(const MatchCandidate &candidate,
                                        const HeldCredential *held);
};

} // namespace vcdesk
