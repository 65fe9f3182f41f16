#pragma once

#include "core/verify/IssuerPolicy.h"

#include <QJsonObject>
#include <QStringList>

namespace vcdesk {

/// What a verifier asked for in one request, against which an answer is verified: the nonce
/// and audience the request carried, what it asked for (a Presentation Exchange definition or
/// a DCQL query: exactly one), which issuers it accepts, and whether every credential must be
/// bound to whoever presents it.
struct ExpectedPresentation
{
    QString nonce;
    /// The audiences a presentation may name: the request's client_id first, then other names
    /// of the same verifier (e.g. its bare DID, for wallets written against drafts).
    QStringList audiences;
    QJsonObject presentationDefinition;
    QJsonObject dcqlQuery;
    /// Default: the trust list, and none given, so nobody is accepted.
    IssuerPolicy issuers;
    /// A credential must be presented by its holder: a JWT-VC in a VP signed by its subject's
    /// DID (or the key in its cnf), an SD-JWT VC with a key-binding JWT by its cnf key.
    bool requireHolderBinding = true;

    bool usesDcql() const { return !dcqlQuery.isEmpty(); }
};

} // namespace vcdesk
