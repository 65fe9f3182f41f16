#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/oid4vp/ClientIdentifier.h"
#include "core/oid4vp/VerifierIdentity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace vcdesk {

/// A presentation request after its parameters were read and checked, before any matching:
/// what to answer (vp_token, SIOPv2 id_token), where (response_uri for direct_post,
/// redirect_uri for the SIOP "post" mode), with which nonce and state, and what is asked
/// (a DCQL query of OpenID4VP 1.0, or a Presentation Exchange definition of the drafts).
///
/// read() applies the rules that do not depend on how the request was authenticated:
/// response_type vp_token and/or id_token; response_mode direct_post, direct_post.jwt (the
/// answer encrypted to an EC P-256 key from client_metadata.jwks, ECDH-ES with A128GCM or
/// A256GCM) or post (fragment and query are refused: a desktop wallet has no browser session
/// to redirect); redirect_uri together with direct_post is
/// invalid_request; a nonce is required; transaction_data is refused (vcdesk cannot show or
/// sign it); exactly one query; the answer's URL must pass the network policy.
struct AuthorizationRequest
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationRequest)
public:
    enum class QueryLanguage { None, Dcql, PresentationExchange };

    static Result<AuthorizationRequest> read(const QJsonObject &parameters,
                                             const NetworkPolicy &policy);

private:
    static Status chooseEncryption(AuthorizationRequest &request);

public:
    bool wantsVpToken() const { return responseTypes.contains(QStringLiteral("vp_token")); }
    bool wantsIdToken() const { return responseTypes.contains(QStringLiteral("id_token")); }

    ClientIdentifier client;
    VerifierIdentity identity; // filled in by RequestAuthenticator
    QStringList responseTypes;
    QString responseMode; // direct_post, direct_post.jwt or post
    QUrl responseUri;     // where the answer is posted
    QString nonce;
    QString state;
    QueryLanguage queryLanguage = QueryLanguage::None;
    QJsonObject dcqlQuery;
    QJsonObject presentationDefinition;
    QJsonObject clientMetadata;
    /// direct_post.jwt: the verifier's P-256 key (client_metadata.jwks) and content encryption.
    QJsonObject encryptionJwk;
    QString encryptionEnc;
    QJsonObject parameters; // everything, as read
};

} // namespace vcdesk
