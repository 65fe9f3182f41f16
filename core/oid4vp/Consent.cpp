#include "core/oid4vp/Consent.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

QJsonObject candidateJson(const Consent::Candidate &candidate)
{
    QJsonObject values;
    for (const auto &[path, value] : candidate.disclosedClaims)
        values.insert(path, value);
    return QJsonObject{
        {QStringLiteral("credentialId"), candidate.credentialId},
        {QStringLiteral("title"), candidate.title},
        {QStringLiteral("format"), candidate.format},
        {QStringLiteral("issuer"), candidate.issuer},
        {QStringLiteral("disclosedClaims"), values},
        {QStringLiteral("alsoRevealed"), QJsonArray::fromStringList(candidate.alsoRevealed)},
        {QStringLiteral("optionalClaims"), QJsonArray::fromStringList(candidate.optionalClaims)},
        {QStringLiteral("revealsWholeCredential"), candidate.revealsWholeCredential},
        {QStringLiteral("valid"), candidate.valid},
        {QStringLiteral("notValidReason"), candidate.notValidReason},
        {QStringLiteral("selectiveDisclosures"), candidate.selectiveDisclosures}};
}

QString languageName(Consent::QueryLanguage language)
{
    switch (language) {
    case Consent::QueryLanguage::Dcql:
        return QStringLiteral("dcql");
    case Consent::QueryLanguage::PresentationExchange:
        return QStringLiteral("presentation_exchange");
    case Consent::QueryLanguage::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QJsonObject Consent::verifierJson(const VerifierIdentity &identity)
{
    return QJsonObject{{QStringLiteral("clientId"), identity.clientId},
                       {QStringLiteral("prefix"), identity.prefix},
                       {QStringLiteral("authenticatedBy"), identity.authenticatedBy},
                       {QStringLiteral("signedRequest"), identity.signedRequest},
                       {QStringLiteral("name"), identity.name},
                       {QStringLiteral("logoUri"), identity.logoUri},
                       {QStringLiteral("trustListName"), identity.trustName}};
}

QJsonObject Consent::toJson() const
{
    QJsonArray partsJson;
    for (const Part &part : parts) {
        QJsonArray candidatesJson;
        for (const Candidate &candidate : part.candidates)
            candidatesJson.append(candidateJson(candidate));
        partsJson.append(QJsonObject{
            {QStringLiteral("id"), part.id},
            {QStringLiteral("name"), part.name},
            {QStringLiteral("purpose"), part.purpose},
            {QStringLiteral("format"), part.format},
            {QStringLiteral("required"), part.required},
            {QStringLiteral("multiple"), part.multiple},
            {QStringLiteral("requestedClaims"), QJsonArray::fromStringList(part.requestedClaims)},
            {QStringLiteral("candidates"), candidatesJson},
            {QStringLiteral("unmatchedReason"), part.unmatchedReason}});
    }
    return QJsonObject{{QStringLiteral("verifier"), verifierJson(verifier)},
                       {QStringLiteral("responseTypes"), QJsonArray::fromStringList(responseTypes)},
                       {QStringLiteral("responseMode"), responseMode},
                       {QStringLiteral("responseUri"), responseUri.toString()},
                       {QStringLiteral("queryLanguage"), languageName(queryLanguage)},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("satisfiable"), satisfiable},
                       {QStringLiteral("unsatisfiedReason"), unsatisfiedReason},
                       {QStringLiteral("parts"), partsJson},
                       {QStringLiteral("notSearched"), QJsonArray::fromStringList(notSearched)}};
}

} // namespace vcdesk
