#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace vcdesk {

/// A Credential Issuer Identifier or an Authorization Server issuer (OpenID4VCI 1.0 section
/// 12.2.1, RFC 8414 section 2): an https URL with a host, optionally a port and a path, and no
/// query, fragment or user information. http is accepted for loopback hosts only (a local
/// issuer in development); whether it may then be fetched is the network policy's decision.
/// The identifier is kept as the exact string given: metadata must repeat it character for
/// character (no normalisation, section 12.2.4).
class IssuerIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(IssuerIdentifier)
public:
    /// `what` names the field in messages ("credential_issuer", "authorization server").
    static Result<IssuerIdentifier> parse(const QString &text, const QString &what);

    const QString &text() const { return m_text; }
    const QUrl &url() const { return m_url; }
    /// The well-known URL for `suffix` ("openid-credential-issuer",
    /// "oauth-authorization-server"), inserted between host and path: for
    /// https://issuer.example/tenant, https://issuer.example/.well-known/SUFFIX/tenant.
    QUrl wellKnown(const QString &suffix) const;
    /// The older form some servers still use: SUFFIX appended to the path
    /// (https://issuer.example/tenant/.well-known/SUFFIX); the same as wellKnown() when the
    /// identifier has no path.
    QUrl wellKnownAppended(const QString &suffix) const;

    /// An endpoint named in metadata (credential_endpoint, token_endpoint, ...): absolute https
    /// (http only to loopback), a host, no fragment or user information. A query is allowed.
    static Result<QUrl> endpoint(const QString &text, const QString &what);

private:
    QString m_text;
    QUrl m_url;
};

} // namespace vcdesk
