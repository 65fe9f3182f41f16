#include "core/oid4vp/ConsentSummary.h"

#include "core/oid4vp/ClaimsPath.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

QJsonArray displayPaths(const QList<QJsonArray> &paths)
{
    QJsonArray out;
    for (const QJsonArray &path : paths)
        out.append(ClaimsPath::toDisplay(path));
    return out;
}

} // namespace

QJsonObject ConsentSummary::verifierJson(const VerifierIdentity &identity)
{
    return QJsonObject{{QStringLiteral("clientId"), identity.clientId},
                       {QStringLiteral("prefix"), identity.prefix},
                       {QStringLiteral("authenticatedBy"), identity.authenticatedBy},
                       {QStringLiteral("signedRequest"), identity.signedRequest},
                       {QStringLiteral("name"), identity.name},
                       {QStringLiteral("logoUri"), identity.logoUri},
                       {QStringLiteral("trustListName"), identity.trustName}};
}

QJsonObject ConsentSummary::candidateJson(const MatchCandidate &candidate,
                                          const HeldCredential *held)
{
    QJsonObject values;
    if (held) {
        for (const QJsonArray &path : candidate.requestedClaims) {
            const auto hits = ClaimsPath::select(
                held->isSdJwt() ? held->claimsDocument() : held->matchDocument(), path);
            if (!hits.isEmpty())
                values.insert(ClaimsPath::toDisplay(path), hits.first().value);
        }
    }
    return QJsonObject{{QStringLiteral("credentialId"), candidate.credentialId},
                       {QStringLiteral("title"), candidate.title},
                       {QStringLiteral("format"), candidate.format},
                       {QStringLiteral("issuer"), candidate.issuer},
                       {QStringLiteral("disclosedClaims"), values},
                       {QStringLiteral("alsoRevealed"), displayPaths(candidate.alsoRevealed)},
                       {QStringLiteral("revealsWholeCredential"), candidate.revealsWholeCredential},
                       {QStringLiteral("valid"), candidate.valid},
                       {QStringLiteral("notValidReason"), candidate.notValidReason},
                       {QStringLiteral("selectiveDisclosures"), candidate.disclosures.size()}};
}

QJsonObject ConsentSummary::toJson(const AuthorizationRequest &request,
                                   const PresentationMatch &match,
                                   const QList<HeldCredential> &wallet)
{
    QJsonArray parts;
    for (const RequestedPart &part : match.parts) {
        QJsonArray candidates;
        for (const MatchCandidate &candidate : part.candidates) {
            const auto held =
                std::find_if(wallet.cbegin(), wallet.cend(), [&](const HeldCredential &h) {
                    return h.id() == candidate.credentialId;
                });
            candidates.append(candidateJson(candidate, held == wallet.cend() ? nullptr : &*held));
        }
        parts.append(
            QJsonObject{{QStringLiteral("id"), part.id},
                        {QStringLiteral("name"), part.name},
                        {QStringLiteral("purpose"), part.purpose},
                        {QStringLiteral("format"), part.format},
                        {QStringLiteral("required"), part.required},
                        {QStringLiteral("multiple"), part.multiple},
                        {QStringLiteral("requestedClaims"), displayPaths(part.requestedClaims)},
                        {QStringLiteral("candidates"), candidates},
                        {QStringLiteral("unmatchedReason"), part.unmatchedReason}});
    }
    QString language = QStringLiteral("none");
    if (request.queryLanguage == AuthorizationRequest::QueryLanguage::Dcql)
        language = QStringLiteral("dcql");
    else if (request.queryLanguage == AuthorizationRequest::QueryLanguage::PresentationExchange)
        language = QStringLiteral("presentation_exchange");
    return QJsonObject{
        {QStringLiteral("verifier"), verifierJson(request.identity)},
        {QStringLiteral("responseTypes"), QJsonArray::fromStringList(request.responseTypes)},
        {QStringLiteral("responseMode"), request.responseMode},
        {QStringLiteral("responseUri"), request.responseUri.toString()},
        {QStringLiteral("queryLanguage"), language},
        {QStringLiteral("purpose"), match.purpose},
        {QStringLiteral("satisfiable"), match.satisfiable},
        {QStringLiteral("unsatisfiedReason"), match.unsatisfiedReason},
        {QStringLiteral("parts"), parts}};
}

} // namespace vcdesk
