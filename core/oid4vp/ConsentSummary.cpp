#include "core/oid4vp/ConsentSummary.h"

#include "core/oid4vp/ClaimsPath.h"

namespace vcdesk {

namespace {

QStringList displayPaths(const QList<QJsonArray> &paths)
{
    QStringList out;
    for (const QJsonArray &path : paths)
        out.append(ClaimsPath::toDisplay(path));
    return out;
}

} // namespace

Consent::Candidate ConsentSummary::candidate(const MatchCandidate &candidate,
                                             const HeldCredential *held)
{
    Consent::Candidate out;
    out.credentialId = candidate.credentialId;
    out.title = candidate.title;
    out.format = candidate.format;
    out.issuer = candidate.issuer;
    if (held) {
        for (const QJsonArray &path : candidate.requestedClaims) {
            const auto hits = ClaimsPath::select(
                held->isSdJwt() ? held->claimsDocument() : held->matchDocument(), path);
            if (!hits.isEmpty())
                out.disclosedClaims.append({ClaimsPath::toDisplay(path), hits.first().value});
        }
    }
    out.alsoRevealed = displayPaths(candidate.alsoRevealed);
    out.optionalClaims = displayPaths(candidate.optionalClaims);
    out.revealsWholeCredential = candidate.revealsWholeCredential;
    out.valid = candidate.valid;
    out.notValidReason = candidate.notValidReason;
    out.selectiveDisclosures = int(candidate.disclosures.size());
    return out;
}

Consent ConsentSummary::of(const AuthorizationRequest &request, const PresentationMatch &match,
                           const QList<HeldCredential> &wallet)
{
    Consent consent;
    for (const RequestedPart &part : match.parts) {
        Consent::Part out{part.id,
                          part.name,
                          part.purpose,
                          part.format,
                          part.required,
                          part.multiple,
                          displayPaths(part.requestedClaims),
                          {},
                          part.unmatchedReason};
        for (const MatchCandidate &found : part.candidates) {
            const auto held =
                std::find_if(wallet.cbegin(), wallet.cend(),
                             [&](const HeldCredential &h) { return h.id() == found.credentialId; });
            out.candidates.append(candidate(found, held == wallet.cend() ? nullptr : &*held));
        }
        consent.parts.append(out);
    }
    consent.verifier = request.identity;
    consent.responseTypes = request.responseTypes;
    consent.responseMode = request.responseMode;
    consent.responseUri = request.responseUri;
    if (request.queryLanguage == AuthorizationRequest::QueryLanguage::Dcql)
        consent.queryLanguage = Consent::QueryLanguage::Dcql;
    else if (request.queryLanguage == AuthorizationRequest::QueryLanguage::PresentationExchange)
        consent.queryLanguage = Consent::QueryLanguage::PresentationExchange;
    consent.purpose = match.purpose;
    consent.satisfiable = match.satisfiable;
    consent.unsatisfiedReason = match.unsatisfiedReason;
    return consent;
}

QJsonObject ConsentSummary::toJson(const AuthorizationRequest &request,
                                   const PresentationMatch &match,
                                   const QList<HeldCredential> &wallet)
{
    QJsonObject json = of(request, match, wallet).toJson();
    json.remove(QStringLiteral("notSearched"));
    return json;
}

} // namespace vcdesk
