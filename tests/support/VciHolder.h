#pragma once

// What the OpenID4VCI engine tests hand the issuance as the holder: a fresh P-256 key as a
// did:jwk, the network policy for a local issuer on loopback, and inspection options that
// check credentials the way the wallet does (in-memory caches, loopback http allowed).

#include "core/did/JwkDidResolver.h"
#include "core/net/NetworkPolicy.h"
#include "core/oid4vp/HolderKeyring.h"
#include "core/verify/InspectOptionsBuilder.h"

namespace vcdesk::test {

inline HolderKeyring::Signer vciHolderSigner()
{
    HolderKeyring::Signer signer;
    signer.key = PrivateKey::generate(KeyType::P256);
    signer.did = JwkDidResolver::didForKey(signer.key.publicKey());
    signer.kid = signer.did + QStringLiteral("#0");
    return signer;
}

inline NetworkPolicy vciLoopbackPolicy()
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = true;
    policy.maxRetries = 0;
    return policy;
}

inline InspectOptions vciInspectOptions()
{
    return InspectOptionsBuilder()
        .cache(InspectOptionsBuilder::Cache::InMemory)
        .allowLoopbackHttp(true)
        .build()
        .value();
}

} // namespace vcdesk::test
