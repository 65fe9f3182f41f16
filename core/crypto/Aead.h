#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// Authenticated encryption for secrets at rest: XChaCha20-Poly1305 (libsodium) with a
/// random 24-byte nonce per message, so nonces never need bookkeeping. The associated data
/// binds a ciphertext to its place (e.g. a record id): moved elsewhere, it does not open.
class Aead
{
    Q_DECLARE_TR_FUNCTIONS(Aead)
public:
    static constexpr qsizetype kKeyBytes = 32;
    static constexpr qsizetype kNonceBytes = 24;
    static constexpr qsizetype kTagBytes = 16;

    /// nonce || ciphertext || tag.
    static Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext,
                                   QByteArrayView associatedData);
    static Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed,
                                   QByteArrayView associatedData);

    /// The same with a caller-chosen nonce, for published test vectors only.
    static Result<QByteArray> sealWithNonce(QByteArrayView key, QByteArrayView nonce,
                                            QByteArrayView plaintext,
                                            QByteArrayView associatedData);
};

} // namespace vcdesk
