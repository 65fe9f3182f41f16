#include "agent/DefinitionQuery.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

/// The signature algorithms a request advertises. vcdesk also verifies ES256K and EdDSA
/// (and accepts them here), but PE validators that check algorithm names against the RFC 7518
/// list (@sphereon/pex 3) refuse a whole definition that names them.
QJsonArray algorithms(bool all)
{
    QJsonArray algorithms{QStringLiteral("ES256"), QStringLiteral("ES384")};
    if (all) {
        algorithms.append(QStringLiteral("ES256K"));
        algorithms.append(QStringLiteral("EdDSA"));
    }
    return algorithms;
}

QJsonObject jwtFormats(bool withVcJoseCose)
{
    const QJsonObject alg{{QStringLiteral("alg"), algorithms(withVcJoseCose)}};
    // The current names and the draft names (jwt_vc, jwt_vp) older wallets look for; with
    // the VC-JOSE-COSE media types (a vp+jwt carrying enveloped vc+jwt credentials).
    QJsonObject formats{{QStringLiteral("jwt_vc_json"), alg},
                        {QStringLiteral("jwt_vp_json"), alg},
                        {QStringLiteral("jwt_vc"), alg},
                        {QStringLiteral("jwt_vp"), alg}};
    if (withVcJoseCose) {
        formats.insert(QStringLiteral("vc+jwt"), alg);
        formats.insert(QStringLiteral("vp+jwt"), alg);
        // JSON-LD with Data Integrity proofs: what a wallet's ldp_vp carries is checked as the
        // inspector checks any JSON-LD credential.
        const QJsonObject proofTypes{
            {QStringLiteral("proof_type"), QJsonArray{QStringLiteral("DataIntegrityProof"),
                                                      QStringLiteral("Ed25519Signature2020")}}};
        formats.insert(QStringLiteral("ldp_vc"), proofTypes);
        formats.insert(QStringLiteral("ldp_vp"), proofTypes);
    }
    return formats;
}

QJsonObject typeFilter(const QStringList &types)
{
    const QJsonObject contains =
        types.size() == 1
            ? QJsonObject{{QStringLiteral("const"), types.first()}}
            : QJsonObject{{QStringLiteral("enum"), QJsonArray::fromStringList(types)}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("contains"), contains}};
}

} // namespace

QJsonObject DefinitionQuery::presentationDefinition(const VerifierStore::Definition &definition,
                                                    bool accepted)
{
    QJsonArray fields;
    fields.append(QJsonObject{
        {QStringLiteral("path"), QJsonArray{QStringLiteral("$.vc.type"), QStringLiteral("$.type")}},
        {QStringLiteral("filter"), typeFilter(definition.types)}});
    for (const QString &claim : definition.claims + definition.optionalClaims) {
        QJsonObject field{
            {QStringLiteral("path"), QJsonArray{QStringLiteral("$.vc.credentialSubject.") + claim,
                                                QStringLiteral("$.credentialSubject.") + claim}}};
        if (definition.optionalClaims.contains(claim))
            field.insert(QStringLiteral("optional"), true);
        fields.append(field);
    }
    const QJsonObject descriptor{
        {QStringLiteral("id"), definition.id},
        {QStringLiteral("format"), jwtFormats(accepted)},
        {QStringLiteral("constraints"), QJsonObject{{QStringLiteral("fields"), fields}}}};
    return QJsonObject{{QStringLiteral("id"), definition.id},
                       {QStringLiteral("format"), jwtFormats(accepted)},
                       {QStringLiteral("input_descriptors"), QJsonArray{descriptor}}};
}

QJsonObject DefinitionQuery::dcqlQuery(const VerifierStore::Definition &definition)
{
    QJsonArray sdJwtClaims;
    QJsonArray jwtClaims;
    // Optional claims: each claim has an id, and two claim sets say "all of them, preferably;
    // the required ones at least".
    const bool optional = !definition.optionalClaims.isEmpty();
    QJsonArray everything;
    QJsonArray required;
    int n = 0;
    for (const QString &claim : definition.claims + definition.optionalClaims) {
        const QString id = QStringLiteral("c%1").arg(n++);
        QJsonObject sdJwtClaim{{QStringLiteral("path"), QJsonArray{claim}}};
        QJsonObject jwtClaim{
            {QStringLiteral("path"), QJsonArray{QStringLiteral("credentialSubject"), claim}}};
        if (optional) {
            sdJwtClaim.insert(QStringLiteral("id"), id);
            jwtClaim.insert(QStringLiteral("id"), id);
            everything.append(id);
            if (definition.claims.contains(claim))
                required.append(id);
        }
        sdJwtClaims.append(sdJwtClaim);
        jwtClaims.append(jwtClaim);
    }
    QJsonArray typeValues;
    for (const QString &type : definition.types)
        typeValues.append(QJsonArray{type});
    QJsonObject sdJwt{
        {QStringLiteral("id"), definition.id},
        {QStringLiteral("format"), QStringLiteral("dc+sd-jwt")},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("vct_values"),
                                              QJsonArray::fromStringList(definition.types)}}}};
    QJsonObject jwt{
        {QStringLiteral("id"), jwtQueryId(definition)},
        {QStringLiteral("format"), QStringLiteral("jwt_vc_json")},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("type_values"), typeValues}}}};
    // A JSON-LD credential: the same type and claim paths as the JWT-VC.
    QJsonObject ldp = jwt;
    ldp.insert(QStringLiteral("id"), ldpQueryId(definition));
    ldp.insert(QStringLiteral("format"), QStringLiteral("ldp_vc"));
    if (!definition.claims.isEmpty()) {
        sdJwt.insert(QStringLiteral("claims"), sdJwtClaims);
        jwt.insert(QStringLiteral("claims"), jwtClaims);
        ldp.insert(QStringLiteral("claims"), jwtClaims);
    }
    if (optional) {
        const QJsonArray claimSets{everything, required};
        sdJwt.insert(QStringLiteral("claim_sets"), claimSets);
        jwt.insert(QStringLiteral("claim_sets"), claimSets);
        ldp.insert(QStringLiteral("claim_sets"), claimSets);
    }
    return QJsonObject{{QStringLiteral("credentials"), QJsonArray{sdJwt, jwt, ldp}},
                       {QStringLiteral("credential_sets"),
                        QJsonArray{QJsonObject{{QStringLiteral("options"),
                                                QJsonArray{QJsonArray{definition.id},
                                                           QJsonArray{jwtQueryId(definition)},
                                                           QJsonArray{ldpQueryId(definition)}}}}}}};
}

} // namespace vcdesk
