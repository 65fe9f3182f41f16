#pragma once

#include "core/did/DidResolver.h"

#include <QCoreApplication>

namespace vcdesk {

/// did:jwk: the DID is the base64url of a public JWK. A JWK with a private member ("d") is
/// refused: publishing it would publish the secret.
class JwkDidResolver : public DidResolver
{
    Q_DECLARE_TR_FUNCTIONS(JwkDidResolver)
public:
    Result<DidDocument> resolve(const DidUrl &did) override;

    static QString didForKey(const PublicKey &key);
};

} // namespace vcdesk
