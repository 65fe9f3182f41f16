#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/ExpectedPresentation.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/VerifiedPresentation.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// The verifier side of OpenID4VP: checks a wallet's answer (vp_token, and
/// presentation_submission for Presentation Exchange) against the request the verifier made.
/// Used by vcdesk-agent's verifier and by the kiosk's own re-verification.
///
/// Every presentation in the answer must pass PresentationTokenVerifier (signatures, nonce,
/// audience, holder binding, validity, status, issuer policy). Then the answer must say what
/// it answers, and what it says must be true:
/// - Presentation Exchange: a presentation_submission for this definition whose every
///   descriptor_map entry names a descriptor of it, a format it allows, and a path that points
///   at a presented credential (path "$" or "$[n]", path_nested into a VP's
///   verifiableCredential) that meets that descriptor's constraints; every descriptor the
///   definition requires (all, or what its submission_requirements need) is answered.
/// - DCQL: a vp_token object keyed by credential query ids, each presentation meeting its
///   query (format, meta, claims); several only where the query allows multiple; every
///   required query (by credential_sets) answered.
/// Failures: presentation.submission (the mapping is missing, malformed or points at nothing),
/// presentation.unsatisfied (what was presented does not meet what was asked), and the codes
/// of PresentationTokenVerifier.
///
/// May resolve DIDs and fetch status lists: run it off the GUI thread.
class PresentationVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PresentationVerifier)
public:
    static constexpr qsizetype kMaxPresentations = 8;
    static constexpr qsizetype kMaxDescriptorMap = 64;

    static Result<VerifiedPresentation> verify(const ExpectedPresentation &expected,
                                               const QString &vpToken,
                                               const QString &presentationSubmission,
                                               const InspectOptions &options);

private:
    static Result<VerifiedPresentation> presentationExchange(const ExpectedPresentation &expected,
                                                             const QString &vpToken,
                                                             const QString &submission,
                                                             const InspectOptions &options);
    static Result<VerifiedPresentation> dcql(const ExpectedPresentation &expected,
                                             const QString &vpToken, const InspectOptions &options);
    /// The credential a descriptor_map entry points at, among the verified presentations.
    static Result<PresentedCredential>
    pointedAt(const QJsonObject &entry, const QList<QList<PresentedCredential>> &presentations,
              bool arrayToken);
    static Result<HeldCredential> held(const PresentedCredential &credential, qint64 id);
    /// Every presentation's offline checks before any is verified, and the caps on how many
    /// presentations and credentials one answer may hold: an answer refused offline costs the
    /// verifier no network at all.
    static Status precheckAll(const QStringList &tokens, const ExpectedPresentation &expected);
    /// The answer, if it answers every part the request requires (matched against what was
    /// presented); else why not.
    static Result<VerifiedPresentation> everythingRequired(const Result<PresentationMatch> &overall,
                                                           const VerifiedPresentation &out);
};

} // namespace vcdesk
