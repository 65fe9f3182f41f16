#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/ExpectedPresentation.h"
#include "core/oid4vp/VerifiedPresentation.h"
#include "core/verify/HolderBindingCheck.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>

namespace vcdesk {

/// Verifies one presentation of an answer's vp_token against the request it answers, and
/// gives the credentials it presents. Accepted: a JWT-VP (jwt_vp_json, vp+jwt; credentials
/// as JWTs or EnvelopedVerifiableCredential), an SD-JWT VC on its own (dc+sd-jwt,
/// vc+sd-jwt), and a JSON-LD VP (ldp_vp) with one Data Integrity proof carrying JSON-LD
/// credentials. Every check must pass, in this order, and the first failure is the error, its
/// code naming the check:
/// - presentation.unreadable / presentation.format: not a presentation this verifier takes;
/// - presentation.nonce, presentation.audience: made for another request (the VP's own nonce
///   and aud; an SD-JWT's in its key-binding JWT; a JSON-LD VP's proof challenge and domain,
///   and its proofPurpose must be authentication);
/// - presentation.holder_binding: not presented by the credential's holder (JWT-VC and
///   JSON-LD: the VP signer is the subject's DID, or, for a JWT-VC, the key in its cnf; a
///   JSON-LD VP's holder, when it names one, is its signer; SD-JWT: a key-binding JWT by the cnf
///   key over exactly what was presented; a missing one fails when binding is required);
/// - presentation.not_valid: any signature, validity, status, schema or consistency check of
///   the presentation or a credential that did not pass (unknown is not a pass);
/// - presentation.issuer_not_trusted / presentation.no_trusted_issuers: the issuer policy.
class PresentationTokenVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PresentationTokenVerifier)
public:
    /// The most credentials one VP may carry.
    static constexpr int kMaxCredentials = 16;

    static Result<QList<PresentedCredential>> verify(QByteArrayView token,
                                                     const ExpectedPresentation &expected,
                                                     const InspectOptions &options);
    /// What can be refused offline, before anything is resolved or fetched (anyone who saw
    /// the QR code may answer; a slow DID host of theirs must not hold the verifier): the
    /// unverified nonce and aud, the number of credentials, and each credential's unverified
    /// issuer against the policy. The number of credentials the token presents, or why not.
    static Result<int> precheck(QByteArrayView token, const ExpectedPresentation &expected);

private:
    // PresentationVerifier prechecks every token of an answer before it verifies any (one
    // bad token is refused before anything is resolved), then verifies each without
    // prechecking it a second time (about a tenth of an answer's cost).
    friend class PresentationVerifier;
    /// verify() for a token precheck() has already accepted.
    static Result<QList<PresentedCredential>> verifyPrechecked(QByteArrayView token,
                                                               const ExpectedPresentation &expected,
                                                               const InspectOptions &options);
    static Result<QList<PresentedCredential>> sdJwt(QByteArrayView token, Inspection inspection,
                                                    const ExpectedPresentation &expected);
    static Result<QList<PresentedCredential>> jwtVp(QByteArrayView token, Inspection inspection,
                                                    const ExpectedPresentation &expected);
    static Result<QList<PresentedCredential>> ldpVp(const QJsonObject &vp, Inspection inspection,
                                                    const ExpectedPresentation &expected);
    /// The JSON-LD VP (or why not), its request binding and each credential's issuer checked
    /// as precheck does; the number of credentials it carries.
    static Result<int> precheckLdpVp(const QJsonObject &vp, const ExpectedPresentation &expected);
    static Status checkRequestBinding(const QJsonObject &claims, const QString &what,
                                      const ExpectedPresentation &expected);
    /// A JSON-LD VP's single proof: purpose authentication, challenge = nonce, domain one of
    /// the audiences.
    static Status checkProofBinding(const QJsonObject &vp, const ExpectedPresentation &expected);
    /// Whether the credential (JWT claims) is bound to the VP's signer.
    static Status checkBoundTo(const Inspection &credential, const QJsonObject &credentialClaims,
                               const HolderBindingCheck::Presenter &presenter, bool required);
    /// Whether every check of the inspection passed but `except` (judged by the caller).
    static bool passesAllBut(const Inspection &inspection, const QString &except);
    static Status checkIssuer(const Inspection &credential, const ExpectedPresentation &expected);
    static Error notValid(const Inspection &inspection, const QString &what);
};

} // namespace vcdesk
