#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace vcdesk {

/// A validated signature public key (P-256, secp256k1 or Ed25519).
///
/// Construction checks the key (EC points must be on the curve), and parses it once for every
/// backend, so verify() does no per-call key decoding. Copies share the parsed key.
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(PublicKey)
public:
    PublicKey() = default;

    /// EC: SEC1 compressed (33 bytes) or uncompressed (65 bytes). Ed25519: 32 bytes.
    static Result<PublicKey> fromEncoded(KeyType type, QByteArrayView encoded);

    bool isNull() const { return !m_d; }
    KeyType type() const;
    /// EC: uncompressed SEC1 point, or compressed when asked. Ed25519: the 32 raw bytes.
    QByteArray encoded(bool compressed = false) const;

    /// Verifies a JWS-style signature over `message`: raw r||s (64 bytes) for ECDSA with
    /// SHA-256, or the 64-byte Ed25519 signature. High-S ECDSA signatures are accepted
    /// (RFC 8812 does not require low-S for ES256K).
    Status verify(QByteArrayView message, QByteArrayView signature,
                  CryptoBackend backend = CryptoBackend::Default) const;

    /// Same as verify() with the message already hashed with SHA-256 (ECDSA only).
    Status verifyDigest(QByteArrayView sha256Digest, QByteArrayView signature,
                        CryptoBackend backend = CryptoBackend::Default) const;

    bool operator==(const PublicKey &other) const;

    struct Material;

private:
    std::shared_ptr<const Material> m_d;
};

} // namespace vcdesk
