#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"
#include "core/oid4vci/AuthorizationServerMetadata.h"
#include "core/oid4vci/PkcePair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace vcdesk {

/// The authorization request of the authorization code flow (OpenID4VCI 1.0 section 5.1 over
/// RFC 6749 section 4.1.1): where the person's browser is sent to sign in at the issuer. Each
/// request has a fresh state and PKCE pair (S256). The credentials are asked for (section
/// 5.1.1/5.1.2) with authorization_details of type openid_credential, one per configuration
/// (with the issuer in locations when its metadata names authorization servers), when the
/// server says it takes them or when a configuration has no scope; otherwise by the
/// configurations' scope values. The offer's issuer_state is passed on. When the server has a
/// pushed authorization request endpoint (RFC 9126), the parameters go there first and the
/// browser carries only client_id and request_uri: nothing of the request can then be changed
/// on its way through the browser, and the address is good once, until expiresAt().
class IssuerAuthorizationRequest
{
    Q_DECLARE_TR_FUNCTIONS(IssuerAuthorizationRequest)
public:
    struct Parameters
    {
        QString clientId;
        QUrl redirectUri;
        QStringList configurationIds;
        /// Each configuration's scope ("" when it has none), in the same order.
        QStringList scopes;
        QString issuerState;
        /// The credential issuer's identifier, for locations.
        QString credentialIssuer;
        /// The issuer's metadata names its authorization servers: locations is then required.
        bool issuerNamesServers = false;
        /// The JWK thumbprint of the DPoP key the token request will be signed with (RFC 9449
        /// section 10): the code is then bound to that key, useless to anyone who steals it
        /// without the key. Empty when the server does not use DPoP.
        QString dpopKeyThumbprint;
    };

    /// Builds the request, pushing it when the server takes pushed requests (blocking, through
    /// `http`). Codes: vci.authorization_unsupported (no authorization endpoint),
    /// vci.pkce_unsupported (the server lists challenge methods without S256),
    /// vci.par_<error> (the server refused the pushed request), vci.par_malformed.
    static Result<IssuerAuthorizationRequest> make(const AuthorizationServerMetadata &server,
                                                   const Parameters &parameters,
                                                   const HttpClient &http);

    /// The URL to open in the browser.
    const QUrl &browserUrl() const { return m_browserUrl; }
    const QString &state() const { return m_state; }
    const QByteArray &codeVerifier() const { return m_pkce.verifier; }
    const QUrl &redirectUri() const { return m_redirectUri; }
    const QString &clientId() const { return m_clientId; }
    bool wasPushed() const { return m_pushed; }
    /// When a pushed request's address stops working (invalid for a request not pushed).
    const QDateTime &expiresAt() const { return m_expiresAt; }

private:
    static Result<QPair<QString, qint64>> push(const AuthorizationServerMetadata &server,
                                               const QList<QPair<QString, QString>> &fields,
                                               const HttpClient &http);

    QUrl m_browserUrl;
    QString m_state;
    PkcePair m_pkce;
    QUrl m_redirectUri;
    QString m_clientId;
    bool m_pushed = false;
    QDateTime m_expiresAt;
};

} // namespace vcdesk
