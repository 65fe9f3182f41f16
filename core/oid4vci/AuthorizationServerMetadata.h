#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/IssuerIdentifier.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace vcdesk {

/// An OAuth 2.0 authorization server's metadata (RFC 8414, with the OpenID4VCI and DPoP
/// members), read strictly: issuer must be exactly the identifier it was fetched for (RFC 8414
/// section 3.3), token_endpoint is required (every grant ends there), every endpoint https
/// (http to loopback only). Defaults are the RFC's: grant_types_supported is authorization_code
/// and implicit when not said. Codes vci.as_metadata_*.
class AuthorizationServerMetadata
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationServerMetadata)
public:
    static constexpr qsizetype kMaxBytes = 256 * 1024;

    static Result<AuthorizationServerMetadata> parse(QByteArrayView json,
                                                     const IssuerIdentifier &expected);

    const IssuerIdentifier &issuer() const { return m_issuer; }
    const QUrl &tokenEndpoint() const { return m_tokenEndpoint; }
    const QUrl &authorizationEndpoint() const { return m_authorizationEndpoint; }
    const QUrl &pushedAuthorizationRequestEndpoint() const { return m_parEndpoint; }
    bool requiresPushedAuthorizationRequests() const { return m_parRequired; }
    const QStringList &grantTypes() const { return m_grantTypes; }
    bool supportsGrant(const QString &grantType) const { return m_grantTypes.contains(grantType); }
    /// False when grant_types_supported was left out (and grantTypes() is the RFC's default):
    /// many issuers leave it out and still take pre-authorized codes.
    bool listsGrantTypes() const { return m_grantTypesListed; }
    const QStringList &codeChallengeMethods() const { return m_codeChallengeMethods; }
    /// RFC 9396 section 10: e.g. "openid_credential" when credentials may be asked for by
    /// authorization_details; empty when not said.
    const QStringList &authorizationDetailsTypes() const { return m_authorizationDetailsTypes; }
    /// Empty: the server does not use DPoP (RFC 9449 section 5.1).
    const QStringList &dpopSigningAlgorithms() const { return m_dpopAlgorithms; }
    bool allowsAnonymousPreAuthorizedAccess() const { return m_anonymousPreAuthorized; }
    /// The server names itself in every authorization response (RFC 9207): a response
    /// without its iss, or with another, did not come from it.
    bool sendsIssInAuthorizationResponse() const { return m_issInAuthorizationResponse; }

private:
    IssuerIdentifier m_issuer;
    QUrl m_tokenEndpoint;
    QUrl m_authorizationEndpoint;
    QUrl m_parEndpoint;
    bool m_parRequired = false;
    QStringList m_grantTypes;
    bool m_grantTypesListed = false;
    QStringList m_codeChallengeMethods;
    QStringList m_dpopAlgorithms;
    QStringList m_authorizationDetailsTypes;
    bool m_anonymousPreAuthorized = false;
    bool m_issInAuthorizationResponse = false;
};

} // namespace vcdesk
