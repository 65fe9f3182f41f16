#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/oid4vp/AuthorizationResponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace vcdesk {

/// Posts an AuthorizationResponse (direct_post / post form-encoded; direct_post.jwt as one
/// JWE in "response"; never retried, no
/// redirects followed) and reads the verifier's answer. A 2xx is acceptance; its JSON body
/// may name a redirect_uri, which the caller opens for the holder (a browser), never fetches.
/// Any other status is an error carrying the verifier's own message.
class ResponseSender
{
    Q_DECLARE_TR_FUNCTIONS(ResponseSender)
public:
    struct VerifierAnswer
    {
        int status = 0;
        QUrl redirectUri;
        QJsonObject body;
    };

    /// Blocking: worker threads and command-line tools only.
    static Result<VerifierAnswer> send(const AuthorizationResponse &response,
                                       const NetworkPolicy &policy);
    /// direct_post.jwt: the answer's fields as one JWE to the verifier's key.
    static Result<QByteArray> encrypted(const AuthorizationResponse &response);
};

} // namespace vcdesk
