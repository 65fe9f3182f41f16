#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// Public keys in multicodec form (a varint key-type prefix, then the compressed key), as
/// did:key identifiers and Multikey verification methods carry them.
class Multikey
{
    Q_DECLARE_TR_FUNCTIONS(Multikey)
public:
    /// Multicodec bytes (already multibase-decoded) to a key. Curves vcdesk does not verify
    /// with (P-521, X25519 ...) give "multikey.unsupported" naming the curve.
    static Result<PublicKey> decode(QByteArrayView multicodec);
    static QByteArray encode(const PublicKey &key);
    /// The X25519 multicodec form of a raw 32-byte key-agreement key.
    static QByteArray encodeX25519(QByteArrayView key);
};

} // namespace vcdesk
