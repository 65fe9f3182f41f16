#pragma once

#include "core/api/AuthStatus.h"
#include "core/common/Result.h"
#include "core/oid4vp/AuthorizationRequest.h"
#include "core/oid4vp/ExpectedPresentation.h"
#include "core/oid4vp/VerifiedPresentation.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// The kiosk's second opinion (defence in depth): when the verifier service says "verified",
/// the kiosk verifies the presented vp_token itself with the core PresentationVerifier
/// against the request the wallet answered, as the kiosk itself read and authenticated it
/// (nonce, audience, what was asked), and against the kiosk's own trust list. The service
/// may be misconfigured, out of date or compromised; the person at the door sees "verified"
/// only when both agree.
///
/// Holder binding is always required here: a credential not bound to whoever presented it
/// could be a copy, and the failure says so ("kiosk.possibly_copied").
class PresentationRecheck
{
    Q_DECLARE_TR_FUNCTIONS(PresentationRecheck)
public:
    /// What an answer to `request` must be, accepting the issuers of `options.trustList` (none
    /// when there is no list: fails closed).
    static ExpectedPresentation expectedFrom(const AuthorizationRequest &request,
                                             const InspectOptions &options);
    /// Verifies what `status` (state verified) carries. Errors: "kiosk.no_payload" (no
    /// vp_token), "kiosk.possibly_copied", and the codes of PresentationVerifier.
    /// Blocking (DIDs, status lists): a worker thread.
    static Result<VerifiedPresentation> verify(const ExpectedPresentation &expected,
                                               const AuthStatus &status,
                                               const InspectOptions &options);
};

} // namespace vcdesk
