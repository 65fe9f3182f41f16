#pragma once

#include "core/did/DidResolver.h"
#include "core/net/HttpFetcher.h"

#include <QCoreApplication>

namespace vcdesk {

/// did:web: fetches https://<host>[:port]/<path or .well-known>/did.json through the
/// network policy (size cap, timeouts, TLS verified, no redirects).
class WebDidResolver : public DidResolver
{
    Q_DECLARE_TR_FUNCTIONS(WebDidResolver)
public:
    explicit WebDidResolver(NetworkPolicy policy = {});

    Result<DidDocument> resolve(const DidUrl &did) override;

    /// The URL of the DID document, or an error for a malformed did:web.
    static Result<QUrl> documentUrl(const DidUrl &did, bool useHttp = false);

private:
    HttpFetcher m_fetcher;
};

} // namespace vcdesk
