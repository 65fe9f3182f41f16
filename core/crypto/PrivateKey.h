#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace vcdesk {

/// A signing key. The secret (EC scalar or Ed25519 seed, 32 bytes) lives in one shared block
/// that is wiped when the last copy goes away; it is exported only on explicit request.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
public:
    PrivateKey() = default;

    static PrivateKey generate(KeyType type);
    /// EC: the 32-byte big-endian scalar, 0 < d < n. Ed25519: the 32-byte seed.
    static Result<PrivateKey> fromSecret(KeyType type, QByteArrayView secret);

    bool isNull() const { return !m_d; }
    KeyType type() const;
    const PublicKey &publicKey() const;
    /// The secret bytes; the caller is responsible for not keeping them around.
    QByteArray secret() const;

    /// JWS signature over `message`: raw r||s (low-S) for ES256/ES256K, Ed25519 otherwise.
    Result<QByteArray> sign(QByteArrayView message) const;

    struct Material;

private:
    std::shared_ptr<const Material> m_d;
};

} // namespace vcdesk
