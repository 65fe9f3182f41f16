#pragma once

#include "agent/VerifierStore.h"

#include <QJsonObject>

namespace vcdesk {

/// What a verifier definition asks wallets for, in the two query languages of OpenID4VP, in
/// the portable forms independent wallets accept:
/// - Presentation Exchange: one input descriptor (id = definitionId) for a JWT-VC, with the
///   accepted formats and algorithms, a type filter {"type":"array","contains":{"const":T}}
///   ({"enum":[...]} for several types) and one field per claim;
/// - DCQL: the SD-JWT VC (query id = definitionId, vct_values = the types), the JWT-VC
///   (query id definitionId + "_jwt", type_values) or the JSON-LD credential (definitionId +
///   "_ldp", format ldp_vc, type_values), any one of them (credential_sets), each with the
///   claims as paths.
class DefinitionQuery
{
public:
    /// What the request object carries. It advertises the JWT formats under their current and
    /// draft names with ES256 and ES384 only: PE validators (@sphereon/pex 3) refuse the whole
    /// definition if it lists vc+jwt / vp+jwt or an algorithm outside RFC 7518. `accepted`
    /// adds those (and ES256K, EdDSA, and ldp_vc / ldp_vp): what the verifier checks answers
    /// against, so a VC-JOSE-COSE vp+jwt, an ES256K credential or a JSON-LD VP is accepted
    /// all the same.
    static QJsonObject presentationDefinition(const VerifierStore::Definition &definition,
                                              bool accepted = false);
    static QJsonObject dcqlQuery(const VerifierStore::Definition &definition);
    /// The DCQL credential query id of the JWT-VC alternative.
    static QString jwtQueryId(const VerifierStore::Definition &definition)
    {
        return definition.id + QStringLiteral("_jwt");
    }
    /// The DCQL credential query id of the JSON-LD alternative.
    static QString ldpQueryId(const VerifierStore::Definition &definition)
    {
        return definition.id + QStringLiteral("_ldp");
    }
};

} // namespace vcdesk
