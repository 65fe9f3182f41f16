#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"
#include "core/oid4vci/AccessToken.h"
#include "core/oid4vci/AuthorizationServerMetadata.h"
#include "core/oid4vci/CredentialOffer.h"
#include "core/oid4vci/DpopKey.h"
#include "core/oid4vci/IssuerAuthorizationRequest.h"

#include <QCoreApplication>

namespace vcdesk {

/// The token request (OpenID4VCI 1.0 section 6): for the pre-authorized code flow, the offer's
/// code and, when the offer asked for one, the transaction code the person typed; for the
/// authorization code flow, the code the sign-in brought back with its PKCE verifier. With a DPoP
/// key (the server lists DPoP algorithms) every request carries a proof, and a use_dpop_nonce
/// answer is retried once with the server's nonce (RFC 9449 section 8). Errors are the server's, as
/// codes: vci.token_invalid_grant (a wrong transaction code, or an expired or used pre-authorized
/// code), vci.token_invalid_request, ...; a token answer that is not well formed is
/// vci.token_malformed. Blocking.
class TokenClient
{
    Q_DECLARE_TR_FUNCTIONS(TokenClient)
public:
    static constexpr qsizetype kMaxAccessToken = 64 * 1024;

    static Result<AccessToken> preAuthorized(const AuthorizationServerMetadata &server,
                                             const PreAuthorizedGrant &grant,
                                             const QString &transactionCode, const HttpClient &http,
                                             DpopKey *dpop);
    static Result<AccessToken> authorizationCode(const AuthorizationServerMetadata &server,
                                                 const QString &code,
                                                 const IssuerAuthorizationRequest &request,
                                                 const HttpClient &http, DpopKey *dpop);
    /// Reads a token answer (also for tests and the authorization code flow).
    static Result<AccessToken> readAnswer(const QByteArray &body, bool dpopSent);

private:
    static Result<AccessToken> exchange(const AuthorizationServerMetadata &server,
                                        const QList<QPair<QString, QString>> &fields,
                                        const HttpClient &http, DpopKey *dpop);
};

} // namespace vcdesk
