#pragma once

#include "core/common/Result.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vcdesk {

/// The random wallet key, wrapped (XChaCha20-Poly1305) by a key derived from the passphrase
/// with Argon2id. The KDF parameters and the wrapped key live in the meta table; changing the
/// passphrase rewraps only this key, never the records it protects.
class WalletKeyWrap
{
    Q_DECLARE_TR_FUNCTIONS(WalletKeyWrap)
public:
    /// Wraps `walletKey` under `passphrase` and stores it (inside the caller's transaction).
    /// The passphrase is wiped.
    static Status store(const QSqlDatabase &db, const SecretKey &walletKey, QByteArray &passphrase,
                        const PassphraseKdf::Parameters &parameters);
    /// Error "wallet.wrong_passphrase" when the passphrase does not open the key. The
    /// passphrase is wiped.
    static Result<SecretKey> unwrap(const QSqlDatabase &db, QByteArray &passphrase);

    /// The Argon2id key for `passphrase`, in guarded memory; the passphrase is wiped.
    static Result<SecretKey> keyFromPassphrase(QByteArray &passphrase,
                                               const PassphraseKdf::Parameters &parameters);
    /// The same wrapping, on its own: for backups, which carry their own parameters.
    static Result<QByteArray> wrap(const SecretKey &key, QByteArray &passphrase,
                                   const PassphraseKdf::Parameters &parameters,
                                   QByteArrayView associatedData);
    static Result<SecretKey> unwrap(QByteArrayView wrapped, QByteArray &passphrase,
                                    const PassphraseKdf::Parameters &parameters,
                                    QByteArrayView associatedData);
};

} // namespace vcdesk
