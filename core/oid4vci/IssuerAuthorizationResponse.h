#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/AuthorizationServerMetadata.h"

#include <QCoreApplication>
#include <QUrl>

namespace vcdesk {

/// The redirect that ends the person's sign-in (RFC 6749 section 4.1.2): the authorization
/// code, or the server's error, read from the redirect URI's query as a form (so '+' is a
/// space). It must carry the request's state, or it answers another request (or none: a page
/// that knows the loopback address can send anything there, so an answer that cannot even be
/// read counts as not this request's); and the server's own issuer as iss when it carries one
/// or the server promises one (RFC 9207), which stops a code from another server being
/// swapped in. Codes: vci.state_mismatch, vci.iss_mismatch, vci.authorization_<error> (the
/// person declined: vci.authorization_access_denied), vci.authorization_malformed.
class IssuerAuthorizationResponse
{
    Q_DECLARE_TR_FUNCTIONS(IssuerAuthorizationResponse)
public:
    static constexpr qsizetype kMaxCode = 4096;

    /// The code, once the response is checked against `state` and `server`.
    static Result<QString> read(const QUrl &redirect, const QString &state,
                                const AuthorizationServerMetadata &server);
};

} // namespace vcdesk
