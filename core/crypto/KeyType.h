#pragma once

#include <QString>

#include <optional>

namespace vcdesk {

/// The signature key types vcdesk signs and verifies with, and their JOSE names.
enum class KeyType { P256, Secp256k1, Ed25519 };

/// Implementations of the signature primitives. Default picks, per key type, the fastest one
/// measured by tests/bench (see core/crypto/README.md).
enum class CryptoBackend { Default, OpenSsl, LibSecp256k1, LibSodium };

namespace keytype {

/// JWS "alg" for the key type: ES256, ES256K or EdDSA.
QString jwsAlgorithm(KeyType type);
/// JWK "crv": P-256, secp256k1 or Ed25519.
QString jwkCurve(KeyType type);
/// JWK "kty": EC or OKP.
QString jwkKeyType(KeyType type);
std::optional<KeyType> fromJwkCurve(const QString &crv);
/// Backend actually used when `backend` is Default (or not available for the type).
CryptoBackend resolveBackend(KeyType type, CryptoBackend backend);
QString backendName(CryptoBackend backend);

} // namespace keytype
} // namespace vcdesk
