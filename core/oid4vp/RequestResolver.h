#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/oid4vp/AuthorizationRequest.h"
#include "core/oid4vp/AuthorizationRequestUri.h"
#include "core/oid4vp/RequestAuthenticator.h"
#include "core/verify/TrustList.h"

#include <QCoreApplication>

#include <optional>

namespace vcdesk {

/// Turns what the holder scanned into an authenticated AuthorizationRequest: fetches the
/// request object when it comes by reference (GET, or POST with a fresh wallet_nonce and the
/// wallet's metadata; no redirects; 256 KiB at most; the network policy decides http vs
/// https), checks the object (strict JSON, typ oauth-authz-req+jwt for OpenID4VP 1.0 clients,
/// the URI's client_id equal to the object's, wallet_nonce echoed, not expired), reads it
/// (AuthorizationRequest::read) and authenticates the verifier (RequestAuthenticator).
/// Blocking: call it from a worker thread or a command-line tool, never the GUI thread.
class RequestResolver
{
    Q_DECLARE_TR_FUNCTIONS(RequestResolver)
public:
    static constexpr qsizetype kMaxRequestObjectBytes = 256 * 1024;

    struct Options
    {
        NetworkPolicy policy;
        RequestAuthenticator::Trust trust;
        std::optional<TrustList> trustList;
    };

    static Result<AuthorizationRequest> resolve(const AuthorizationRequestUri &uri,
                                                const Options &options);
    /// The checks after fetching, on a request object already in hand (tests, fuzzing).
    static Result<AuthorizationRequest> fromRequestObject(const AuthorizationRequestUri &uri,
                                                          QByteArrayView body,
                                                          const QString &walletNonce,
                                                          const Options &options);

    /// What the wallet tells a verifier when it fetches with POST (OpenID4VP 1.0 section 5.10).
    static QJsonObject walletMetadata();

private:
    static Result<QByteArray> fetch(const AuthorizationRequestUri &uri, const QString &walletNonce,
                                    const NetworkPolicy &policy);
    static Result<QJsonObject> parametersFromUri(const AuthorizationRequestUri &uri);
    static Result<AuthorizationRequest> finish(QJsonObject parameters,
                                               const std::optional<CompactJws> &requestObject,
                                               const QUrl &fetchedFrom, const Options &options);
};

} // namespace vcdesk
