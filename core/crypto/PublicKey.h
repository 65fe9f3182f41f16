#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace vcdesk {

/// A validated signature public key (P-256, P-384, secp256k1 or Ed25519).
///
/// Construction checks the key (EC points must be on the curve), and parses it once for every
/// backend, so verify() does no per-call key decoding. Copies share the parsed key.
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(PublicKey)
public:
    PublicKey() = default;

    /// EC: SEC1 compressed (33 bytes, 49 for P-384) or uncompressed (65 bytes, 97 for P-384).
    /// Ed25519: 32 bytes.
    static Result<PublicKey> fromEncoded(KeyType type, QByteArrayView encoded);

    bool isNull() const { return !m_d; }
    KeyType type() const;
    /// EC: uncompressed SEC1 point, or compressed when asked. Ed25519: the 32 raw bytes.
    QByteArray encoded(bool compressed = false) const;

    /// Verifies a JWS-style signature over `message`: raw r||s for ECDSA (64 bytes with
    /// SHA-256, or 96 bytes with SHA-384 for P-384), or the 64-byte Ed25519 signature. High-S
    /// ECDSA signatures are accepted (RFC 8812 does not require low-S for ES256K).
    Status verify(QByteArrayView message, QByteArrayView signature,
                  CryptoBackend backend = CryptoBackend::Default) const;

    /// Same as verify() with the message already hashed (ECDSA only): SHA-256, or SHA-384 for
    /// P-384.
    Status verifyDigest(QByteArrayView digest, QByteArrayView signature,
                        CryptoBackend backend = CryptoBackend::Default) const;

    bool operator==(const PublicKey &other) const;

    struct Material;

private:
    static Result<PublicKey> decode(KeyType type, QByteArrayView encoded);

    std::shared_ptr<const Material> m_d;
};

} // namespace vcdesk
