#pragma once

#include <QString>

#include <optional>

namespace vcdesk {

/// The signature key types vcdesk signs and verifies with, and their JOSE names. P-384 is last
/// because callers pass the type around as an int; it verifies issuers' signatures, and holder
/// keys (wallet, DPoP, key proofs) never use it.
enum class KeyType { P256, Secp256k1, Ed25519, P384 };

/// Implementations of the signature primitives. Default picks, per key type, the fastest one
/// measured by tests/bench (see core/crypto/README.md).
enum class CryptoBackend { Default, OpenSsl, LibSecp256k1, LibSodium };

namespace keytype {

/// JWS "alg" for the key type: ES256, ES256K, EdDSA or ES384.
QString jwsAlgorithm(KeyType type);
/// JWK "crv": P-256, secp256k1, Ed25519 or P-384.
QString jwkCurve(KeyType type);
/// JWK "kty": EC or OKP.
QString jwkKeyType(KeyType type);
std::optional<KeyType> fromJwkCurve(const QString &crv);
/// Backend actually used when `backend` is Default (or not available for the type). P-384 is
/// always OpenSSL.
CryptoBackend resolveBackend(KeyType type, CryptoBackend backend);
QString backendName(CryptoBackend backend);

/// Whether a wallet may hold a key of this type (P-256, secp256k1, Ed25519): P-384 only
/// verifies issuers' signatures.
bool isHolderKeyType(KeyType type);

/// Bytes of one EC coordinate, of the private scalar and of r or s: 48 for P-384, else 32 (the
/// Ed25519 key and seed too).
int ecCoordinateBytes(KeyType type);
/// Bytes of a JWS signature (raw r||s for ECDSA): 96 for P-384, else 64.
int signatureBytes(KeyType type);

} // namespace keytype
} // namespace vcdesk
