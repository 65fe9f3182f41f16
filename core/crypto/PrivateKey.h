#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeyType.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace vcdesk {

/// A signing key. The secret (EC scalar or Ed25519 seed: 32 bytes, 48 for P-384) lives in one
/// shared block that is wiped when the last copy goes away; it is exported only on explicit
/// request.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
public:
    PrivateKey() = default;

    static PrivateKey generate(KeyType type);
    /// EC: the big-endian scalar (32 bytes, 48 for P-384), 0 < d < n. Ed25519: the 32-byte seed.
    static Result<PrivateKey> fromSecret(KeyType type, QByteArrayView secret);

    bool isNull() const { return !m_d; }
    KeyType type() const;
    const PublicKey &publicKey() const;
    /// The secret bytes; the caller is responsible for not keeping them around.
    QByteArray secret() const;

    /// JWS signature over `message`: raw r||s for ES256, ES384 (SHA-384) and ES256K (low-S for
    /// ES256K only), Ed25519 otherwise.
    Result<QByteArray> sign(QByteArrayView message) const;

    struct Material;

private:
    std::shared_ptr<const Material> m_d;
};

} // namespace vcdesk
