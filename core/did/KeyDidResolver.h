#pragma once

#include "core/did/DidResolver.h"

#include <QCoreApplication>

namespace vcdesk {

/// did:key (W3C CCG did:key method): the DID is the multibase/multicodec public key.
/// Ed25519, P-256 and secp256k1 keys; Ed25519 DIDs also get their derived X25519
/// key-agreement key, as the method specification describes.
class KeyDidResolver : public DidResolver
{
    Q_DECLARE_TR_FUNCTIONS(KeyDidResolver)
public:
    Result<DidDocument> resolve(const DidUrl &did) override;

    /// The did:key for a public key ("did:key:z...").
    static QString didForKey(const PublicKey &key);
};

} // namespace vcdesk
