#pragma once

// Internal to core/crypto: process-wide handles for libsecp256k1 and libsodium.

#include <secp256k1.h>

namespace vcdesk::native {

/// A randomized libsecp256k1 context for signing and key derivation. Const use is thread-safe.
const secp256k1_context *secp256k1Signing();
/// The static context, enough for parsing and verification.
const secp256k1_context *secp256k1Verify();
/// Initializes libsodium once; returns false if it cannot be used.
bool sodiumReady();

} // namespace vcdesk::native
