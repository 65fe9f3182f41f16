#pragma once

#include "core/common/Error.h"
#include "core/net/HttpResponse.h"

#include <QCoreApplication>

namespace vcdesk {

/// An OAuth-style error answer (RFC 6749 section 5.2, and the token, credential, deferred and
/// notification endpoints of OpenID4VCI, which use the same shape): {"error", "error_description"}.
/// Turned into an Error whose code is "vci.<step>_<error>" for a well-formed error name
/// ("vci.token_invalid_grant"), "vci.<step>_error" otherwise, and whose message says which
/// step failed and what the server said (its words kept apart: serverMessage, shortened).
class OAuthErrorAnswer
{
    Q_DECLARE_TR_FUNCTIONS(OAuthErrorAnswer)
public:
    /// The error name in the body, or "" when the body is not an OAuth error.
    static QString errorName(const HttpResponse &response);
    /// `step`: "token", "credential", "deferred", "notification", "nonce". `what`: the step
    /// as a person reads it ("the token request").
    static Error toError(const HttpResponse &response, const QString &step, const QString &what);
};

} // namespace vcdesk
